package org.smriti.ui.sources;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.smriti.core.source.Span;
import org.smriti.core.suggest.Suggestion;
import org.smriti.ui.sources.ReaderBlock.Layer;
import org.smriti.ui.sources.SourcesViewModel.Shown;

/**
 * The open note, rendered: quoted passages highlighted (click one to see its cards), text selected by dragging
 * or a sentence by clicking, search matches and the suggested sentence marked. Selections go to the view model
 * as raw spans of the note. A long note is shown {@value #PART_LINES} lines at a time (a 2 MB note has some
 * 20 000): the part holding what is looked for opens by itself, and buttons lead to the parts before and after.
 */
final class NoteReaderView extends ScrollPane {

    static final int PART_LINES = 400;

    private final SourcesViewModel model;
    private final VBox content = new VBox(10);
    private final Button previousPart = new Button();
    private final Button nextPart = new Button();
    private final List<ReaderBlock> blocks = new ArrayList<>();
    private final Map<Passage, List<Text>> highlights = new HashMap<>();
    private final Map<Layer, List<ReaderBlock>> painted = new EnumMap<>(Layer.class);
    private Shown shown;
    private ReaderText text;
    /** The first line shown. */
    private int first;
    private int anchor = -1;
    private boolean dragged;
    /** Set while a click in the reader selects a passage: what was clicked is in view, so nothing scrolls. */
    private boolean clicking;

    NoteReaderView(SourcesViewModel model) {
        this.model = model;
        previousPart.setId("sources-previous-part");
        previousPart.setOnAction(e -> showPart(first - PART_LINES, 1, false));
        nextPart.setId("sources-next-part");
        nextPart.setOnAction(e -> showPart(first + PART_LINES, 0, false));
        setContent(new VBox(10, previousPart, content, nextPart));
        setFitToWidth(true);
        setId("sources-reader");
        content.getStyleClass().add("source-reader");
        content.setCursor(Cursor.TEXT);
        content.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        content.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        content.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);

        model.shownProperty().addListener((obs, old, now) -> render(now, old));
        model.selectedPassageProperty().addListener((obs, old, now) -> showPassage(old, now, !clicking));
        model.selectionProperty().addListener((obs, old, now) -> paint(Layer.SELECTION, spans(now)));
        FindModel find = model.find();
        find.matchesProperty().addListener((obs, old, now) -> paint(Layer.FIND, now));
        find.currentProperty().addListener((obs, old, now) -> showCurrentMatch(true));
        model.suggestions().currentProperty().addListener((obs, old, now) -> showSuggestion(now));
        render(model.shownProperty().get(), null);
    }

    private void render(Shown now, Shown before) {
        // The same note again (a card was saved, say) stays where it was scrolled; another opens where it matters.
        boolean sameNote = now != null && before != null && before.doc().file().equals(now.doc().file());
        shown = now;
        text = now == null ? null : now.text();
        showPart(sameNote ? first : partOf(focus()), sameNote ? getVvalue() : 0, !sameNote);
    }

    /** The first line of what the aspirant is looking for: a passage, a search match, a suggested sentence. */
    private int focus() {
        Passage p = model.selectedPassageProperty().get();
        Suggestion s = model.suggestions().currentProperty().get();
        FindModel find = model.find();
        int current = find.currentProperty().get();
        Span span = p != null ? p.span() : s != null ? s.span()
                : current >= 0 && current < find.matchesProperty().get().size() ? find.matchesProperty().get().get(current)
                : null;
        return span == null || text == null ? 0 : text.lineOfRaw(span.start());
    }

    private static int partOf(int line) {
        return line / PART_LINES * PART_LINES;
    }

    private void showPart(int from, double scroll, boolean scrollToFocus) {
        first = Math.max(0, from);
        blocks.clear();
        highlights.clear();
        painted.clear();
        int lines = text == null ? 0 : text.lines().size();
        if (text != null) {
            ReaderBlock.PassageCursor passages = new ReaderBlock.PassageCursor(shown.passages());
            for (int i = first; i < Math.min(lines, first + PART_LINES); i++) {
                blocks.add(ReaderBlock.of(text.lines().get(i), passages, highlights));
            }
        }
        content.getChildren().setAll(blocks);
        partButton(previousPart, first > 0, "↑  Lines " + (first - PART_LINES + 1) + "–" + first + " of " + lines);
        partButton(nextPart, first + PART_LINES < lines, "↓  Continue: lines " + (first + PART_LINES + 1) + "–"
                + Math.min(lines, first + 2 * PART_LINES) + " of " + lines);
        setVvalue(scroll);
        paint(Layer.SELECTION, spans(model.selectionProperty().get()));
        paint(Layer.FIND, model.find().matchesProperty().get());
        showCurrentMatch(scrollToFocus);
        Suggestion s = model.suggestions().currentProperty().get();
        paint(Layer.MARK, s == null ? List.of() : List.of(s.span()));
        showPassage(null, model.selectedPassageProperty().get(), scrollToFocus);
    }

    private static void partButton(Button button, boolean shown, String text) {
        button.setVisible(shown);
        button.setManaged(shown);
        button.setText(text);
    }

    /** The block showing line {@code index}, or null when that line is in another part. */
    private ReaderBlock blockOf(int index) {
        return index >= first && index < first + blocks.size() ? blocks.get(index - first) : null;
    }

    // ---- selection by mouse ------------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || text == null) {
            return;
        }
        requestFocus();
        anchor = indexAt(e.getSceneX(), e.getSceneY());
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        if (anchor < 0) {
            return;
        }
        int focus = indexAt(e.getSceneX(), e.getSceneY());
        dragged = true;
        model.selectSpan(text.rawSpan(Math.min(anchor, focus), Math.max(anchor, focus)).orElse(null));
    }

    /** A click without a drag selects the sentence clicked, and shows the cards of a highlight clicked. */
    private void released(MouseEvent e) {
        if (anchor >= 0 && !dragged) {
            ReaderBlock block = blockAt(content.sceneToLocal(e.getSceneX(), e.getSceneY()).getY());
            int index = Math.max(0, Math.min(block.hit(e.getSceneX(), e.getSceneY()).getCharIndex(),
                    block.line().text().length() - 1));
            model.selectSpan(text.sentenceAt(block.line(), index).orElse(null));
            int raw = block.line().raw()[index];
            clicking = true;
            highlights.keySet().stream().filter(p -> p.contains(raw)).findFirst().ifPresent(model::selectPassage);
            clicking = false;
        }
        anchor = -1;
    }

    /** The shown-text index nearest a point: before the first line, after the last, or in the line under it. */
    private int indexAt(double sceneX, double sceneY) {
        if (blocks.isEmpty()) {
            return -1;
        }
        Point2D p = content.sceneToLocal(sceneX, sceneY);
        ReaderBlock block = blockAt(p.getY());
        ReaderText.Line line = block.line();
        if (p.getY() < block.getBoundsInParent().getMinY()) {
            return line.start();
        }
        if (p.getY() > block.getBoundsInParent().getMaxY()) {
            return line.end();
        }
        int hit = block.hit(sceneX, sceneY).getInsertionIndex();
        return line.start() + Math.max(0, Math.min(hit, line.text().length()));
    }

    /** The first block whose bottom is at or below {@code y}, else the last. */
    private ReaderBlock blockAt(double y) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).getBoundsInParent().getMaxY() < y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return blocks.get(lo);
    }

    // ---- what is drawn behind the text -------------------------------------------------------------------------

    private void paint(Layer layer, List<Span> spans) {
        painted.getOrDefault(layer, List.of()).forEach(b -> b.paint(layer, List.of()));
        painted.remove(layer);
        if (text == null) {
            return;
        }
        Map<ReaderBlock, List<int[]>> ranges = new LinkedHashMap<>();
        List<ReaderText.Line> lines = text.lines();
        for (Span span : spans) {
            for (int i = text.lineOfRaw(span.start()); i < lines.size() && lines.get(i).rawStart() < span.end(); i++) {
                ReaderBlock block = blockOf(i);
                int[] range = ReaderText.localRange(lines.get(i), span);
                if (block != null && range != null) {
                    ranges.computeIfAbsent(block, b -> new ArrayList<>()).add(range);
                }
            }
        }
        ranges.forEach((block, r) -> block.paint(layer, r));
        painted.put(layer, new ArrayList<>(ranges.keySet()));
    }

    private void showCurrentMatch(boolean scroll) {
        FindModel find = model.find();
        int current = find.currentProperty().get();
        List<Span> matches = find.matchesProperty().get();
        List<Span> span = current < 0 || current >= matches.size() ? List.of() : List.of(matches.get(current));
        paint(Layer.FIND_CURRENT, span);
        if (scroll) {
            span.forEach(this::scrollTo);
        }
    }

    private void showSuggestion(Suggestion s) {
        paint(Layer.MARK, s == null ? List.of() : List.of(s.span()));
        if (s != null) {
            scrollTo(s.span());
        }
    }

    private void showPassage(Passage old, Passage now, boolean scroll) {
        if (old != null) {
            highlights.getOrDefault(old, List.of()).forEach(t -> t.getStyleClass().remove("quote-current"));
        }
        if (now != null) {
            // The merged passage the reader drew may differ from one made for a revealed quote: match by place.
            highlights.forEach((p, texts) -> {
                if (p.contains(now.start())) {
                    texts.forEach(t -> t.getStyleClass().add("quote-current"));
                }
            });
            if (scroll) {
                scrollTo(now.span());
            }
        }
    }

    /** Scrolls the start of a raw span into the upper third of the view (its part opened first), once laid out. */
    private void scrollTo(Span span) {
        if (text == null || text.lines().isEmpty()) {
            return;
        }
        int line = Math.min(text.lineOfRaw(span.start()), text.lines().size() - 1);
        if (blockOf(line) == null) {
            showPart(partOf(line), 0, false);
        }
        Platform.runLater(() -> {
            ReaderBlock block = blockOf(line);
            if (block == null) {
                return;
            }
            int[] range = ReaderText.localRange(block.line(), span);
            Node page = getContent();
            double y = block.localToScene(0, range == null ? 0 : block.top(range[0])).getY();
            y = page.sceneToLocal(0, y).getY();
            double contentHeight = page.getBoundsInLocal().getHeight();
            double viewport = getViewportBounds().getHeight();
            if (contentHeight > viewport) {
                double target = Math.max(0, y - viewport / 3);
                setVvalue(Math.min(1, target / (contentHeight - viewport)));
            }
        });
    }

    private static List<Span> spans(Span span) {
        return span == null ? List.of() : List.of(span);
    }
}
