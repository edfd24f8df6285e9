package com.starlightdesk.app.desktop;

import javafx.scene.Parent;

/** Opens a screen inside a signed-in session (the shell's sections), with that session's services. */
public final class ScreenLoader {
    private final ControllerFactory scope;

    public ScreenLoader(ControllerFactory scope) {
        this.scope = scope;
    }

    public Parent load(Class<?> viewType) {
        return Screens.load(viewType, scope);
    }
}
