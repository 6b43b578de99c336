package org.smriti.ui.sources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One line of the reader (a heading, a bullet, a paragraph) as styled text, with the selection, the search
 * matches and the suggested sentence drawn behind it as shapes of its character ranges.
 */
final class ReaderBlock extends TextFlow {

    /** What is drawn behind the text, bottom first. */
    enum Layer {
        FIND("reader-find"), FIND_CURRENT("reader-find-current"), MARK("reader-mark"), SELECTION("reader-selection");

        private final String styleClass;

        Layer(String styleClass) {
            this.styleClass = styleClass;
        }
    }

    private final ReaderText.Line line;
    private final Map<Layer, Path> paths = new EnumMap<>(Layer.class);
    private final Map<Layer, List<int[]>> ranges = new EnumMap<>(Layer.class);

    ReaderBlock(ReaderText.Line line) {
        this.line = line;
        widthProperty().addListener((obs, old, now) -> ranges.keySet().forEach(this::redraw));
    }

    /**
     * The block of a line, each passage a card quotes highlighted (its text nodes added to {@code highlights}, so
     * that picking the passage can mark them).
     */
    static ReaderBlock of(ReaderText.Line line, PassageCursor passages, Map<Passage, List<Text>> highlights) {
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
    static final class PassageCursor {
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

    ReaderText.Line line() {
        return line;
    }

    /** Draws {@code layer} behind characters {@code [0]} to {@code [1]} of each range of this line's text. */
    void paint(Layer layer, List<int[]> characterRanges) {
        if (characterRanges.isEmpty() && !ranges.containsKey(layer)) {
            return;
        }
        if (characterRanges.isEmpty()) {
            ranges.remove(layer);
        } else {
            ranges.put(layer, List.copyOf(characterRanges));
        }
        redraw(layer);
    }

    /** The character under a point in scene coordinates. */
    HitInfo hit(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        // TextFlow's hit test and range shapes ignore its padding (an indented sub-bullet has some).
        Insets insets = getInsets();
        return hitTest(new Point2D(local.getX() - insets.getLeft(), local.getY() - insets.getTop()));
    }

    /** Where character {@code index} starts vertically, in this block's coordinates. */
    double top(int index) {
        PathElement[] shape = rangeShape(index, Math.min(index + 1, line.text().length()));
        double y = shape.length > 0 && shape[0] instanceof MoveTo move ? move.getY() : 0;
        return getInsets().getTop() + y;
    }

    private void redraw(Layer layer) {
        List<PathElement> elements = new ArrayList<>();
        for (int[] range : ranges.getOrDefault(layer, List.of())) {
            elements.addAll(Arrays.asList(rangeShape(range[0], range[1])));
        }
        path(layer).getElements().setAll(elements);
    }

    /** The layer's shape, made when first drawn: most lines never have one, and a long note has thousands. */
    private Path path(Layer layer) {
        return paths.computeIfAbsent(layer, l -> {
            Path path = new Path();
            path.getStyleClass().add(l.styleClass);
            // Unmanaged: the text layout ignores it, so character indices stay those of the line's text.
            path.setManaged(false);
            path.setMouseTransparent(true);
            path.layoutXProperty().bind(Bindings.createDoubleBinding(() -> getInsets().getLeft(), insetsProperty()));
            path.layoutYProperty().bind(Bindings.createDoubleBinding(() -> getInsets().getTop(), insetsProperty()));
            // Behind the text, and the layers in their order.
            int at = 0;
            for (Layer below : Layer.values()) {
                if (below.ordinal() < l.ordinal() && paths.containsKey(below)) {
                    at++;
                }
            }
            getChildren().add(at, path);
            return path;
        });
    }
}
