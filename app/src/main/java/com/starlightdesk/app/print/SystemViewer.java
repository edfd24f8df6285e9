package com.starlightdesk.app.print;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a saved printout in the PC's own PDF viewer, where the desktop offers one (java.awt.Desktop);
 * on a desk without one the caller says where the file was saved. Call off the FX thread: opening may
 * wait on the system. Stateless.
 */
public final class SystemViewer {
    public SystemViewer() {
    }

    /** Opens {@code file}; false when this desk cannot open files in another program. */
    public boolean open(Path file) {
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                return false;
            }
            Desktop.getDesktop().open(file.toFile());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
