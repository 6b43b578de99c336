package org.smriti.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;

/**
 * Loads a view's layout from the FXML file named after its class, with the view as both root ({@code fx:root})
 * and controller: the FXML declares the static layout, the class only binds it to its view model (JabRef's way).
 */
public final class Fxml {

    private Fxml() {
    }

    /** Loads {@code <ViewClass>.fxml}, next to the class, into {@code view}. */
    public static void load(Node view) {
        String name = view.getClass().getSimpleName() + ".fxml";
        URL url = view.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing layout " + name + " next to " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setRoot(view);
        loader.setController(view);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the layout " + name, e);
        }
    }
}
