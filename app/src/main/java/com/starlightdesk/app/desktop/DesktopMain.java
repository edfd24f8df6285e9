package com.starlightdesk.app.desktop;

import javafx.application.Application;

/**
 * Starts the desktop app. Not itself an {@code Application}, so JavaFX starts from the classpath
 * (the shaded jar) without the module path.
 */
public final class DesktopMain {
    private DesktopMain() {
    }

    public static void main(String[] args) {
        Application.launch(DesktopApp.class, args);
    }
}
