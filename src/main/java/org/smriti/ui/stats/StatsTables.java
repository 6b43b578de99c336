package org.smriti.ui.stats;

import static org.smriti.ui.stats.StatsSection.header;
import static org.smriti.ui.stats.StatsSection.percent;
import static org.smriti.ui.stats.StatsSection.rate;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.smriti.core.stats.Rate;
import org.smriti.core.stats.Retention;
import org.smriti.core.stats.TopicMastery;

/** The figures best read as tables: true retention by period, and mastery by topic. */
final class StatsTables {

    private StatsTables() {
    }

    static VBox retention(Retention retention) {
        return StatsSection.card("stats-retention", "True retention",
                "Share of reviews not answered Again; mature = 21 days or more since the card's previous review.",
                retention.isEmpty(),
                "No reviews of learnt cards yet — retention shows once cards come back after learning.",
                () -> {
                    GridPane table = new GridPane();
                    table.getStyleClass().add("stats-table");
                    table.add(header(""), 0, 0);
                    List<Retention.Row> rows = retention.rows();
                    for (int c = 0; c < rows.size(); c++) {
                        table.add(header(rows.get(c).period().label()), c + 1, 0);
                    }
                    String[] names = {"Young cards", "Mature cards", "All"};
                    List<Function<Retention.Row, Rate>> getters = List.of(Retention.Row::young,
                            Retention.Row::mature, Retention.Row::all);
                    for (int r = 0; r < names.length; r++) {
                        table.add(new Label(names[r]), 0, r + 1);
                        for (int c = 0; c < rows.size(); c++) {
                            table.add(new Label(rate(getters.get(r).apply(rows.get(c)))), c + 1, r + 1);
                        }
                    }
                    return table;
                });
    }

    static VBox mastery(TopicMastery mastery) {
        return StatsSection.card("stats-mastery", "Topic mastery",
                "Cards per main topic by stage (mature = interval of 21 days or more), recall now, and mock accuracy.",
                mastery.isEmpty(), "No questions are loaded, so there is nothing to master yet.",
                () -> {
                    TableView<TopicMastery.Row> table = new TableView<>(FXCollections.observableList(mastery.rows()));
                    table.getColumns().add(column("Topic", 2.4, r -> r.topic().label()));
                    table.getColumns().add(column("New", 1, r -> Integer.toString(r.fresh())));
                    table.getColumns().add(column("Learning", 1, r -> Integer.toString(r.learning())));
                    table.getColumns().add(column("Young", 1, r -> Integer.toString(r.young())));
                    table.getColumns().add(column("Mature", 1, r -> Integer.toString(r.mature())));
                    table.getColumns().add(column("Recall now", 1.2, r -> percent(r.meanRecall())));
                    table.getColumns().add(column("Mock accuracy", 1.4, r -> rate(r.mock())));
                    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
                    table.getStyleClass().addAll(Styles.STRIPED, "stats-mastery-table");
                    // Tall enough for every row, so the page scrolls rather than the table; the cell size comes
                    // from the style sheet in em, so this follows the font size.
                    table.prefHeightProperty().bind(table.fixedCellSizeProperty()
                            .multiply(mastery.rows().size() + 1.6));
                    table.setMinHeight(Region.USE_PREF_SIZE);
                    return table;
                });
    }

    private static TableColumn<TopicMastery.Row, String> column(String name, double weight,
                                                                Function<TopicMastery.Row, String> value) {
        TableColumn<TopicMastery.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        c.setReorderable(false);
        c.setPrefWidth(90 * weight);
        return c;
    }
}
