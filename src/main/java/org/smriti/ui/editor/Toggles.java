package org.smriti.ui.editor;

import java.util.Objects;
import javafx.beans.property.Property;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/** Keeps a group of radio or toggle buttons and a property in step; each toggle's user data is its value. */
final class Toggles {

    private Toggles() {
    }

    /**
     * @param value the chosen value; a value no toggle stands for (no key chosen yet) selects none
     */
    @SuppressWarnings("unchecked")
    static <T> void bind(ToggleGroup group, Property<T> value) {
        Runnable show = () -> group.selectToggle(group.getToggles().stream()
                .filter(t -> Objects.equals(t.getUserData(), value.getValue())).findFirst().orElse(null));
        show.run();
        value.addListener(obs -> show.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.setValue((T) now.getUserData());
            } else if (isChoice(old, value)) {
                group.selectToggle(old); // a toggle button clicked again stays chosen: there is always a value
            }
        });
    }

    private static boolean isChoice(Toggle old, Property<?> value) {
        return old != null && Objects.equals(old.getUserData(), value.getValue());
    }
}
