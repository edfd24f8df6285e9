package com.starlightdesk.app.parts;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks where the user wants a file saved (an export, a printout), or a folder for several: the system's Save dialog in the app
 * ({@link SaveDialog}); a test's own answer where no system dialog can be driven. Called on the FX thread.
 */
public interface SaveLocation {

    /**
     * The file chosen, ending in {@code .extension} (added when the name typed lacks it), or empty when the user
     * cancels. {@code kind} names the files offered ("CSV files").
     */
    Optional<Path> choose(Window owner, String title, String fileName, String kind, String extension);

    /** The folder chosen for several files (a month's statements), or empty when the user cancels. */
    Optional<Path> chooseFolder(Window owner, String title);
}
