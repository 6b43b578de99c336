package org.smriti.ui.editor;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;

/** Which input stands for which draft field, to take the caret to the first problem when a save is refused. */
final class FieldFocus {

    private final Map<String, Node> inputs = new HashMap<>();

    /** @param field the field as the validator names it: {@code prompt}, {@code options[2]}, {@code events[0].year} */
    void register(String field, Node input) {
        inputs.put(field, input);
    }

    /** Forgets the inputs of a list's rows (they are being rebuilt). */
    void forgetRows(String list) {
        inputs.keySet().removeIf(field -> field.startsWith(list + "["));
    }

    /** Focuses the input of {@code field}, or of the nearest field holding it; false when none is shown. */
    boolean focus(String field) {
        for (String f = field; f != null; f = enclosing(f)) {
            Node input = inputs.get(f);
            if (input != null && input.getScene() != null && shown(input)) {
                input.requestFocus();
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.isDisabled()) {
                return false;
            }
        }
        return true;
    }

    /** {@code statements[1].text} is in {@code statements[1]}, which is in {@code statements}. */
    private static String enclosing(String field) {
        int cut = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
        return cut <= 0 ? null : field.substring(0, cut);
    }
}
