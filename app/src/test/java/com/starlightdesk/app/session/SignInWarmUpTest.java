package com.starlightdesk.app.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The warm-up builds its throw-away tables from the bundled scripts and runs the sign-in queries on them. */
class SignInWarmUpTest {

    @Test
    void runsTheSignInQueriesOnTablesBuiltFromTheBundledScripts() {
        AtomicInteger asked = new AtomicInteger();
        assertDoesNotThrow(() -> SignInWarmUp.run(Clock.systemUTC(), () -> asked.incrementAndGet() < 0));
        assertEquals(2, asked.get(), "asked after the key derivation and after building the database");
    }

    /** A migration added to the local store is warmed too: the list names every bundled H2 and device script. */
    @Test
    void warmsEveryLocalMigration() throws Exception {
        List<String> bundled = new ArrayList<>();
        for (String folder : List.of("db/h2", "db/device")) {
            URI uri = SignInWarmUp.class.getClassLoader().getResource(folder).toURI();
            try (FileSystem jar = "jar".equals(uri.getScheme()) ? FileSystems.newFileSystem(uri, Map.of()) : null;
                 Stream<Path> files = Files.list(Path.of(uri))) {
                files.map(file -> folder + "/" + file.getFileName()).filter(name -> name.endsWith(".sql"))
                        .sorted(Comparator.comparingInt(SignInWarmUpTest::version)).forEach(bundled::add);
            }
        }
        assertEquals(bundled, SignInWarmUp.SCRIPTS);
    }

    /** A script's Flyway version ({@code V10__...} is 10), the order the scripts run in. */
    private static int version(String script) {
        String name = script.substring(script.lastIndexOf('/') + 2);
        return Integer.parseInt(name.substring(0, name.indexOf("__")));
    }

    @Test
    void stopsAfterTheKeyDerivationWhenTheSignInHasBegun() {
        AtomicInteger asked = new AtomicInteger();
        assertDoesNotThrow(() -> SignInWarmUp.run(Clock.systemUTC(), () -> asked.incrementAndGet() > 0));
        assertEquals(1, asked.get());
    }
}
