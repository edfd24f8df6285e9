package com.starlightdesk.app.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML with its controller built by a {@link ControllerFactory}. Stateless. */
public final class Screens {
    private Screens() {
    }

    /** Loads {@code XView.fxml} beside the resources of {@code viewType} ({@code XView}). */
    public static Parent load(Class<?> viewType, ControllerFactory factory) {
        URL fxml = viewType.getResource(viewType.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("Missing FXML for " + viewType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setControllerFactory(factory);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
