package org.smriti.ui.stats;

import static org.smriti.core.text.Words.plural;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.smriti.core.stats.Rate;

/** What the Stats sections share: the titled card with its empty state, two columns, and how figures are written. */
final class StatsSection {

    static final Locale UI = Locale.ENGLISH;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", UI);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", UI);

    private StatsSection() {
    }

    /**
     * A titled card: heading, one-line caption, then the chart or, when there is no data, the empty message; the
     * chart is built only when there is data for it.
     */
    static VBox card(String id, String heading, String caption, boolean empty, String emptyText,
                     Supplier<Node> body) {
        Label h = new Label(heading);
        h.getStyleClass().add(Styles.TITLE_4);
        Label c = new Label(caption);
        c.getStyleClass().addAll(Styles.TEXT_MUTED, "stats-caption");
        c.setWrapText(true);
        VBox box = new VBox(h, c);
        box.getStyleClass().add("stats-section");
        box.setId(id);
        if (empty) {
            Label e = new Label(emptyText);
            e.setId(id + "-empty");
            e.getStyleClass().add("stats-empty");
            e.setWrapText(true);
            box.getChildren().add(e);
        } else {
            Node n = body.get();
            n.setId(id + "-chart");
            box.getChildren().add(n);
        }
        return box;
    }

    static GridPane twoColumns(Node left, Node right) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("stats-columns");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(left, 0, 0);
        grid.add(right, 1, 0);
        return grid;
    }

    static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    /** A chart point with a tooltip; its node exists only once the chart lays it out. */
    static <X> XYChart.Data<X, Number> point(X x, Number y, String tip) {
        XYChart.Data<X, Number> data = new XYChart.Data<>(x, y);
        data.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(tip));
            }
        });
        return data;
    }

    /** {@code 87 % (26/30)}, or a dash when nothing was counted. */
    static String rate(Rate rate) {
        OptionalDouble share = rate.share();
        return share.isPresent()
                ? String.format(UI, "%.0f %% (%d/%d)", 100 * share.getAsDouble(), rate.passed(), rate.total())
                : "—";
    }

    static String percent(OptionalDouble p) {
        return p.isPresent() ? String.format(UI, "%.0f %%", 100 * p.getAsDouble()) : "—";
    }

    static String days(int n) {
        return plural(n, "day");
    }
}
