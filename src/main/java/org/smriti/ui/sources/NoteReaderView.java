package org.smriti.ui.sources;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
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
 * as raw spans of the note.
 */
final class NoteReaderView extends ScrollPane {

    private final SourcesViewModel model;
    private final VBox content = new VBox(10);
    private final List<ReaderBlock> blocks = new ArrayList<>();
    private final Map<Passage, List<Text>> highlights = new HashMap<>();
    private final Map<Layer, List<ReaderBlock>> painted = new EnumMap<>(Layer.class);
    private ReaderText text;
    private int anchor = -1;
    private boolean dragged;
    /** Set while a click in the reader selects a passage: what was clicked is in view, so nothing scrolls. */
    private boolean clicking;

    NoteReaderView(SourcesViewModel model) {
        this.model = model;
        setContent(content);
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

    private void render(Shown shown, Shown before) {
        double scroll = getVvalue();
        blocks.clear();
        highlights.clear();
        painted.clear();
        text = shown == null ? null : shown.text();
        if (shown != null) {
            PassageCursor passages = new PassageCursor(shown.passages());
            for (ReaderText.Line line : text.lines()) {
                blocks.add(block(line, passages));
            }
        }
        content.getChildren().setAll(blocks);
        boolean sameNote = shown != null && before != null && before.doc().file().equals(shown.doc().file());
        setVvalue(sameNote ? scroll : 0);
        // The same note again (a card was saved, say) stays where it was scrolled; another opens where it matters.
        paint(Layer.SELECTION, spans(model.selectionProperty().get()));
        paint(Layer.FIND, model.find().matchesProperty().get());
        showCurrentMatch(!sameNote);
        Suggestion s = model.suggestions().currentProperty().get();
        paint(Layer.MARK, s == null ? List.of() : List.of(s.span()));
        showPassage(null, model.selectedPassageProperty().get(), !sameNote);
    }

    private ReaderBlock block(ReaderText.Line line, PassageCursor passages) {
        ReaderBlock block = new ReaderBlock(line);
        SourceMarkup.Kind kind = line.block().kind();
        block.getStyleClass().add("source-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (kind == SourceMarkup.Kind.HEADING) {
            block.getStyleClass().add("source-heading-" + Math.min(line.block().level(), 3));
        }
        if (!line.prefix().isEmpty()) {
            block.getChildren().add(text(line.prefix(), false));
        }
        for (SourceMarkup.Run run : line.block().runs()) {
            int[] raw = run.rawOffsets();
            int i = 0;
            while (i < raw.length) {
                Passage p = passages.at(raw[i]);
                int j = i + 1;
                while (j < raw.length && passages.at(raw[j]) == p) {
                    j++;
                }
                Text t = text(run.text().substring(i, j), run.bold());
                if (p != null) {
                    t.getStyleClass().add("quote-highlight");
                    t.setCursor(Cursor.HAND);
                    highlights.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
                }
                block.getChildren().add(t);
                i = j;
            }
        }
        return block;
    }

    private static Text text(String s, boolean bold) {
        Text t = new Text(s);
        t.getStyleClass().add("source-text");
        if (bold) {
            t.getStyleClass().add("source-bold");
        }
        return t;
    }

    /** The passage at each raw offset, for offsets read in rising order (as the lines are rendered). */
    private static final class PassageCursor {
        private final List<Passage> passages;
        private int next;

        PassageCursor(List<Passage> passages) {
            this.passages = passages;
        }

        Passage at(int rawOffset) {
            while (next < passages.size() && passages.get(next).end() <= rawOffset) {
                next++;
            }
            return next < passages.size() && passages.get(next).contains(rawOffset) ? passages.get(next) : null;
        }
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
        for (Span span : spans) {
            List<ReaderText.Line> lines = text.lines();
            for (int i = text.lineOfRaw(span.start()); i < lines.size() && lines.get(i).rawStart() < span.end(); i++) {
                int[] range = ReaderText.localRange(lines.get(i), span);
                if (range != null) {
                    ranges.computeIfAbsent(blocks.get(i), b -> new ArrayList<>()).add(range);
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

    /** Scrolls the start of a raw span into the upper third of the view, once laid out. */
    private void scrollTo(Span span) {
        if (text == null || text.lines().isEmpty()) {
            return;
        }
        Platform.runLater(() -> {
            int i = Math.min(text.lineOfRaw(span.start()), blocks.size() - 1);
            ReaderBlock block = blocks.get(i);
            int[] range = ReaderText.localRange(block.line(), span);
            double y = block.getBoundsInParent().getMinY() + (range == null ? 0 : block.top(range[0]));
            double contentHeight = content.getBoundsInLocal().getHeight();
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
