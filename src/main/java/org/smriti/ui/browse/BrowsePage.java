package org.smriti.ui.browse;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.smriti.core.question.Descriptive;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.Topic;
import org.smriti.ui.common.Names;
import org.smriti.ui.common.QuestionText;
import org.smriti.ui.shell.Page;
import org.smriti.ui.theme.Appearance;

/**
 * The Browse screen: binds a filter bar, a sortable table and a detail pane to {@link BrowseViewModel}.
 * Keyboard: Ctrl+F searches, arrows move in the table, Enter opens the detail, Escape returns to the table,
 * B bookmarks the selected row while the table has focus.
 */
public final class BrowsePage implements Page {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final BrowseViewModel model;
    private final ZoneId zone;
    private final VBox root;
    private final TextField search = new TextField();
    private final TableView<BrowseRow> table = new TableView<>();
    private final VBox detailBox = new VBox(14);
    private final ScrollPane detail = new ScrollPane(detailBox);
    private final Button bookmark = new Button("Bookmark");
    private final Button suspend = new Button("Suspend");
    private final Button reset = new Button("Reset progress…");
    private final Label message = new Label();

    public BrowsePage(BrowseViewModel model) {
        this.model = model;
        this.zone = model.zone();
        message.setId("browse-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        model.failedProperty().addListener((obs, old, now) -> message.pseudoClassStateChanged(Styles.STATE_DANGER, now));
        Label title = new Label("Browse");
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label();
        count.setId("browse-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(model.countProperty());
        // Column widths are in em: follow the font size setting.
        count.fontProperty().addListener((obs, old, now) -> sizeColumns(now.getSize()));
        HBox heading = new HBox(14, title, count);
        heading.setAlignment(Pos.BASELINE_LEFT);

        SplitPane split = new SplitPane(table(), detailPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);

        root = new VBox(12, heading, filters(), split);
        root.setId("page-browse");
        root.getStyleClass().addAll("page", "browse-page");
        root.getStylesheets().add(BrowsePage.class.getResource("browse.css").toExternalForm());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });
        model.detailProperty().addListener((obs, old, now) -> renderDetail(now));
        renderDetail(model.detailProperty().get());
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShown() {
        model.refresh();
        reselect();
        // The shell focuses the page root after this; the table is where the keyboard is useful.
        Platform.runLater(table::requestFocus);
    }

    private Node filters() {
        search.setId("browse-search");
        search.setPromptText("Search questions, answers, sources (Ctrl+F)");
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        ComboBox<Topic> topic = choice("browse-topic", "All topics", Topic.values(), Topic::label,
                model.topicProperty());
        ComboBox<QuestionType> type = choice("browse-type", "All types", QuestionType.values(), Names::of,
                model.typeProperty());
        ComboBox<BrowseState> state = choice("browse-state", "All states", BrowseState.values(), BrowseState::label,
                model.stateProperty());
        CheckBox marked = new CheckBox("Bookmarked");
        marked.setId("browse-bookmarked");
        marked.selectedProperty().bindBidirectional(model.bookmarkedOnlyProperty());
        CheckBox pyq = new CheckBox("PYQ");
        pyq.setId("browse-pyq");
        pyq.selectedProperty().bindBidirectional(model.pyqOnlyProperty());
        FlowPane bar = new FlowPane(10, 8, search, topic, type, state, marked, pyq);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("browse-filters");
        return bar;
    }

    /** A filter combo whose first item, {@code null}, means "any". */
    private static <T> ComboBox<T> choice(String id, String any, T[] values, Function<T, String> label,
                                          ObjectProperty<T> bound) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? any : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        // The default cells show an empty line for null; say "any" instead.
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : box.getConverter().toString(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.valueProperty().bindBidirectional(bound);
        box.setAccessibleText(any);
        return box;
    }

    private Node table() {
        table.setId("browse-table");
        table.setPlaceholder(new Label("No question matches the search and filters."));
        // The columns the aspirant scans for come first; the rest are a horizontal scroll away.
        table.getColumns().setAll(List.of(
                column("Question", 19, BrowseRow::snippet, Function.identity()),
                column("State", 7.5, BrowseRow::stateText, Function.identity()),
                column("Due", 8.5, BrowseRow::due, this::dueText),
                column("Recall", 4.5, BrowseRow::retrievability, d -> number(d, "%.0f %%")),
                column("★", 2.5, BrowseRow::bookmarked, b -> b ? "★" : ""),
                column("Topic", 11, BrowseRow::topic, t -> t == null ? "—" : t.label()),
                column("Type", 6.5, BrowseRow::type, t -> t == null ? "—" : t.id()),
                column("PYQ", 3.5, BrowseRow::pyq, b -> b ? "PYQ" : ""),
                column("Stability", 5.5, BrowseRow::stability, d -> number(d, "%.1f d")),
                column("Difficulty", 5.5, BrowseRow::difficulty, d -> number(d, "%.1f")),
                column("Lapses", 4.5, BrowseRow::lapses, String::valueOf),
                column("ID", 16, BrowseRow::id, Function.identity())));
        sizeColumns(Appearance.BASE_FONT_PX);
        model.rows().comparatorProperty().bind(table.comparatorProperty());
        table.setItems(model.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            // A refresh replaces rows and briefly clears the selection; the detail keeps the last question.
            if (now != null) {
                model.select(now.id());
            }
        });
        table.setOnKeyPressed(e -> {
            BrowseRow row = table.getSelectionModel().getSelectedItem();
            if (row == null || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.B) {
                act(() -> model.toggleBookmark(row.id()));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                detail.requestFocus();
                e.consume();
            }
        });
        return table;
    }

    /**
     * A column of {@code value} shown as {@code text}; sorting uses the value itself (dates, numbers), with rows
     * that have none (new cards) first.
     */
    private static <T extends Comparable<? super T>> TableColumn<BrowseRow, T> column(
            String name, double widthEm, Function<BrowseRow, T> value, Function<T, String> text) {
        TableColumn<BrowseRow, T> c = new TableColumn<>(name);
        c.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
                // A cut-off cell can still be read in full by pointing at it; short values never are cut.
                setTooltip(empty || !mayBeCut(this) ? null : new Tooltip(getText()));
            }
        });
        c.setComparator(Comparator.nullsFirst(Comparator.<T>naturalOrder()));
        c.getStyleClass().add("col-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
        c.setUserData(widthEm);
        return c;
    }

    private static boolean mayBeCut(TableCell<?, ?> cell) {
        return cell.getText() != null && cell.getText().length() > 12;
    }

    private void sizeColumns(double emPx) {
        for (TableColumn<BrowseRow, ?> c : table.getColumns()) {
            c.setPrefWidth((Double) c.getUserData() * emPx);
        }
    }

    private String dueText(Instant due) {
        return due == null ? "—" : DUE.format(due.atZone(zone));
    }

    private static String number(Double d, String format) {
        return d == null ? "—" : String.format(Locale.ROOT, format, d);
    }

    private Node detailPane() {
        bookmark.setId("browse-bookmark");
        suspend.setId("browse-suspend");
        reset.setId("browse-reset");
        bookmark.setOnAction(e -> withSelected(id -> act(() -> model.toggleBookmark(id))));
        suspend.setOnAction(e -> withSelected(id -> act(() -> model.toggleSuspended(id))));
        reset.setOnAction(e -> withSelected(this::confirmReset));
        reset.getStyleClass().add(Styles.DANGER);
        detail.setId("browse-detail");
        detail.setFitToWidth(true);
        detail.getStyleClass().add("browse-detail");
        detail.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                table.requestFocus();
                e.consume();
            }
        });
        detailBox.getStyleClass().add("browse-detail-content");
        return detail;
    }

    private void withSelected(Consumer<String> action) {
        BrowseDetail shown = model.detailProperty().get();
        if (shown != null) {
            action.accept(shown.row().id());
        }
    }

    private void confirmReset(String id) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle("Reset progress");
        ask.setHeaderText("Reset the progress of " + id + "?");
        ask.setContentText("Its schedule is forgotten and it becomes a new card. Past reviews stay in the statistics.");
        ButtonType yes = new ButtonType("Reset", ButtonBar.ButtonData.OK_DONE);
        ask.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        ask.getDialogPane().setId("browse-reset-confirm");
        if (ask.showAndWait().filter(b -> b == yes).isPresent()) {
            act(() -> model.reset(id));
        }
    }

    /** Runs an action, then selects the same question again (its row was replaced). */
    private void act(Runnable action) {
        action.run(); // a failure is reported by the model's message
        reselect();
    }

    /** Selects the row of the question in the detail again, e.g. after its row was replaced. */
    private void reselect() {
        BrowseDetail shown = model.detailProperty().get();
        if (shown == null) {
            return;
        }
        List<BrowseRow> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(shown.row().id())) {
                if (table.getSelectionModel().getSelectedIndex() != i) {
                    table.getSelectionModel().clearAndSelect(i);
                }
                return;
            }
        }
    }

    private void renderDetail(BrowseDetail d) {
        List<Node> parts = new ArrayList<>();
        bookmark.setDisable(d == null);
        suspend.setDisable(d == null);
        reset.setDisable(d == null);
        if (d == null) {
            Label none = new Label("Select a question to see it with its memory state. "
                    + "Arrow keys move through the table; B bookmarks.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            parts.add(none);
            detailBox.getChildren().setAll(parts);
            return;
        }
        BrowseRow row = d.row();
        bookmark.setText(row.bookmarked() ? "Remove bookmark" : "Bookmark");
        suspend.setText(row.suspended() ? "Unsuspend" : "Suspend");
        FlowPane actions = new FlowPane(8, 8, bookmark, suspend, reset);
        parts.add(actions);
        parts.add(message);

        Label id = new Label(row.id() + (row.type() == null ? "" : "  ·  " + Names.of(row.type()))
                + (row.topic() == null ? "" : "  ·  " + row.topic().label()));
        id.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        id.setWrapText(true);
        parts.add(id);
        if (d.question().isPresent()) {
            Question q = d.question().get();
            parts.add(QuestionText.of(q));
            parts.add(answer(q));
            parts.add(section("Explanation", wrapped(q.explanation())));
            q.source().ifPresent(ref -> {
                Label quote = wrapped("“" + ref.quote() + "”");
                quote.getStyleClass().add("source-quote");
                Label from = wrapped("— " + d.sourceTitle().orElse(ref.doc()));
                from.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                parts.add(section("Source", new VBox(4, quote, from)));
            });
        } else {
            Label gone = wrapped("This question is no longer in the question bank. Its progress is kept and "
                    + "comes back with it if the question returns in a later bank.");
            gone.getStyleClass().add("orphaned-note");
            parts.add(gone);
        }
        parts.add(section("Memory", facts(d.memory())));
        parts.add(section("Review history", history(d.history())));
        detailBox.getChildren().setAll(parts);
        detail.setVvalue(0);
    }

    private static Node answer(Question q) {
        VBox box = new VBox(6);
        if (q instanceof ObjectiveQuestion o) {
            for (int i = 0; i < o.options().size(); i++) {
                boolean right = i == o.correctOption();
                Label opt = wrapped(QuestionText.optionLetter(i) + " " + o.options().get(i) + (right ? "   ✓ correct" : ""));
                opt.getStyleClass().add(right ? "option-correct" : "option");
                if (right) {
                    opt.setId("browse-correct-option");
                }
                box.getChildren().add(opt);
            }
            return section("Options", box);
        }
        if (q instanceof Flashcard f) {
            Label a = wrapped(f.answer());
            a.getStyleClass().add("option-correct");
            return section("Answer", a);
        }
        List<String> points = ((Descriptive) q).points();
        for (String p : points) {
            box.getChildren().add(wrapped("• " + p));
        }
        return section("Model answer points", box);
    }

    /** Label and value share the width, both wrapping, so a narrow pane at a large font cuts nothing off. */
    private static Node facts(List<BrowseDetail.Fact> facts) {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(40);
        ColumnConstraints value = new ColumnConstraints();
        value.setPercentWidth(60);
        g.getColumnConstraints().setAll(name, value);
        for (int i = 0; i < facts.size(); i++) {
            Label l = wrapped(facts.get(i).label());
            l.getStyleClass().add(Styles.TEXT_MUTED);
            g.add(l, 0, i);
            g.add(wrapped(facts.get(i).value()), 1, i);
        }
        return g;
    }

    /** One flowing line per review, which wraps rather than cuts when the pane is narrow. */
    private static Node history(List<BrowseDetail.HistoryLine> lines) {
        if (lines.isEmpty()) {
            Label none = new Label("No reviews yet.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            return none;
        }
        VBox list = new VBox(4);
        list.setId("browse-history");
        for (BrowseDetail.HistoryLine l : lines) {
            Label rating = new Label(l.rating());
            rating.getStyleClass().addAll("rating", "rating-" + l.rating().toLowerCase(Locale.ROOT));
            Label when = new Label(l.when());
            when.getStyleClass().add(Styles.TEXT_MUTED);
            FlowPane line = new FlowPane(10, 2, when, rating, new Label(l.time()), new Label(l.states()));
            line.getStyleClass().add("history-line");
            list.getChildren().add(line);
        }
        return list;
    }

    private static VBox section(String name, Node body) {
        Label heading = new Label(name);
        heading.getStyleClass().add(Styles.TITLE_4);
        return new VBox(6, heading, body);
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
