package org.smriti.ui.sources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
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
        for (Layer layer : Layer.values()) {
            Path path = new Path();
            path.getStyleClass().add(layer.styleClass);
            // Unmanaged: the text layout ignores it, so character indices stay those of the line's text.
            path.setManaged(false);
            path.setMouseTransparent(true);
            path.layoutXProperty().bind(Bindings.createDoubleBinding(() -> getInsets().getLeft(), insetsProperty()));
            path.layoutYProperty().bind(Bindings.createDoubleBinding(() -> getInsets().getTop(), insetsProperty()));
            paths.put(layer, path);
            getChildren().add(path);
        }
        widthProperty().addListener((obs, old, now) -> ranges.keySet().forEach(this::redraw));
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
        paths.get(layer).getElements().setAll(elements);
    }
}
