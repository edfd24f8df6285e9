package com.starlightdesk.app.testing;

import com.starlightdesk.app.desktop.AppServices;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.parts.SaveLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The demo practice in a data folder of a test class's own, and the desktop window over it: register it
 * with {@code @RegisterExtension static final DemoDesk DESK = new DemoDesk();} and show the window from the
 * class's TestFX {@code @Start}. The folder is made before the class's own {@code @BeforeAll} methods run
 * and deleted after its tests.
 */
public final class DemoDesk implements BeforeAllCallback, AfterAllCallback {
    private Path dataDir;
    private AppServices services;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("starlight-demo-desk");
        services = DemoStore.desk(dataDir);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The services the window is built from: the practice stores of the demo's data folder. */
    public AppServices services() {
        return services;
    }

    /** As {@link #show(Stage)}, with {@code saveLocation} answering where files are saved (no system dialog in tests). */
    public DesktopWindow show(Stage stage, SaveLocation saveLocation) {
        DesktopWindow window = new DesktopWindow(services, saveLocation);
        window.show(stage);
        return window;
    }

    /**
     * As {@link #show(Stage)}, with every file the window asks to save (an export, a printout) going to its offered name in
     * {@code folder}, and {@code folder} itself whenever a folder is asked for (a month's statements); each added to
     * {@code asked} in the order asked.
     */
    public DesktopWindow showSavingTo(Stage stage, Path folder, List<Path> asked) {
        return show(stage, new SaveLocation() {
            @Override
            public Optional<Path> choose(Window owner, String title, String fileName, String kind, String extension) {
                Path file = folder.resolve(fileName);
                asked.add(file);
                return Optional.of(file);
            }

            @Override
            public Optional<Path> chooseFolder(Window owner, String title) {
                asked.add(folder);
                return Optional.of(folder);
            }
        });
    }

    /** A new desktop window over the demo practice, shown on {@code stage} at its sign-in screen. */
    public DesktopWindow show(Stage stage) {
        DesktopWindow window = new DesktopWindow(services);
        window.show(stage);
        return window;
    }
}
