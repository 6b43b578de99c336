package org.smriti.ui.stats;

import static org.smriti.core.text.Words.plural;
import static org.smriti.ui.stats.StatsSection.DAY;
import static org.smriti.ui.stats.StatsSection.UI;
import static org.smriti.ui.stats.StatsSection.days;

import java.time.LocalDate;
import java.time.format.TextStyle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.smriti.core.stats.ReviewCalendar;

/** Reviews in the last year, a square a study day as GitHub draws contributions, with the streaks above. */
final class HeatmapSection {

    static final String NO_REVIEWS = "No reviews yet — answer a few cards and come back.";
    private static final String[] WEEKDAYS = {"Mon", "", "Wed", "", "Fri", "", "Sun"};

    private HeatmapSection() {
    }

    static VBox of(ReviewCalendar calendar) {
        VBox box = StatsSection.card("stats-heatmap", "Reviews in the last year",
                "Each square is a study day, darker for more reviews; a day runs from the rollover hour you set.",
                calendar.isEmpty(), NO_REVIEWS, () -> heatmap(calendar));
        Label streaks = new Label(String.format(UI,
                "Current streak: %s   ·   Longest streak: %s   ·   %d reviews on %d days in the last year",
                days(calendar.streaks().current()), days(calendar.streaks().longest()), calendar.total(),
                calendar.daysStudied()));
        streaks.setId("stats-streaks");
        streaks.setWrapText(true);
        streaks.getStyleClass().add("stats-figure-line");
        box.getChildren().add(2, streaks);
        return box;
    }

    private static Node heatmap(ReviewCalendar calendar) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("heatmap");
        for (int d = 0; d < 7; d++) {
            grid.add(label(WEEKDAYS[d]), 0, d + 1);
        }
        LocalDate day = calendar.from();
        for (int week = 0; week < ReviewCalendar.WEEKS; week++) {
            if (startsMonthLabel(day, week)) {
                grid.add(label(day.getMonth().getDisplayName(TextStyle.SHORT, UI)), week + 1, 0, 3, 1);
            }
            for (int d = 0; d < 7 && !day.isAfter(calendar.to()); d++, day = day.plusDays(1)) {
                Region cell = new Region();
                int count = calendar.count(day);
                cell.getStyleClass().addAll("heat-cell", "heat-" + calendar.level(day));
                Tooltip.install(cell, new Tooltip(DAY.format(day) + ": " + plural(count, "review")));
                grid.add(cell, week + 1, d + 1);
            }
        }
        return grid;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("heatmap-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * A month is named above the first week that starts in it, as GitHub does; the first column only when its
     * month lasts long enough there for the label not to run into the next one.
     */
    private static boolean startsMonthLabel(LocalDate weekStart, int week) {
        return week == 0
                ? weekStart.plusWeeks(2).getMonth() == weekStart.getMonth()
                : weekStart.minusWeeks(1).getMonth() != weekStart.getMonth();
    }
}
