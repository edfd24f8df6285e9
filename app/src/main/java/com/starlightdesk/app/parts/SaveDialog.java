package com.starlightdesk.app.parts;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's Save and folder dialogs, opening in the user's Documents folder (else their home). Stateless; FX thread. */
public final class SaveDialog implements SaveLocation {

    public SaveDialog() {
    }

    @Override
    public Optional<Path> choose(Window owner, String title, String fileName, String kind, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + extension));
        chooser.setInitialDirectory(startingFolder());
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path chosen = file.toPath();
        String name = chosen.getFileName().toString();
        return Optional.of(name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? chosen : chosen.resolveSibling(name + "." + extension));
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(startingFolder());
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private static File startingFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return (Files.isDirectory(documents) ? documents : home).toFile();
    }
}
