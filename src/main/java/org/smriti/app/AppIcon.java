package org.smriti.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * Smriti's window icon at every size the platforms ask for (title bar 16–24, task bar 32–48, switchers 64–256).
 * The PNGs are drawn by {@code AppIconGenerator} (test sources), which also writes the installer icons.
 */
public final class AppIcon {

    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    public static List<Image> images() {
        List<Image> images = new ArrayList<>(SIZES.size());
        for (int size : SIZES) {
            images.add(load("icon/smriti-" + size + ".png"));
        }
        return images;
    }

    private static Image load(String resource) {
        try (InputStream in = AppIcon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The window icon " + resource + " is missing from the build");
            }
            Image image = new Image(in);
            if (image.isError()) {
                throw new IllegalStateException("The window icon " + resource + " cannot be read", image.getException());
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the window icon " + resource, e);
        }
    }
}
