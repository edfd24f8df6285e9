package com.starlightdesk.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar the clinic runs ({@code app/target/starlight-desk.jar}) carries the product only: no benchmark,
 * screenshot-tour or test code of ours and no test library. Run by failsafe once the jar is built; the
 * tools live in {@code app/bench} and the test support in the modules' test sources. Its {@code --version} names the
 * release the pom names.
 */
final class ProductJarTest {
    /** Our classes that belong to tools or tests, by package or by name. */
    private static final Pattern TOOL_OR_TEST_CLASS = Pattern.compile(
            "com/starlightdesk/(.+/)?(bench|review|testing)/.*"
                    + "|com/starlightdesk/.*(Bench|Test|Tests|IT)(\\$.*)?\\.class"
                    + "|com/starlightdesk/.*/(CountingRemote|CurrentThreadTaskExecutor|DemoStore|WindowDriver)(\\$.*)?\\.class");
    /** Libraries that only the tests and the benchmarks use. */
    private static final List<String> TOOL_OR_TEST_LIBRARIES = List.of("org/junit/", "org/opentest4j/", "org/testfx/",
            "com/sun/glass/ui/monocle/", "com/tngtech/archunit/", "com/calendarfx/");

    private static Path jar;
    private static List<String> entries;

    @BeforeAll
    static void readJar() throws IOException {
        jar = Path.of(System.getProperty("starlight.product.jar", "target/starlight-desk.jar"));
        assertTrue(Files.isRegularFile(jar), "the product jar is built before this test runs: " + jar.toAbsolutePath());
        try (JarFile file = new JarFile(jar.toFile())) {
            entries = file.stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    void holdsTheProduct() {
        Set<String> expected = Set.of("com/starlightdesk/app/Launcher.class", "com/starlightdesk/app/cli/AdminCommand.class",
                "com/starlightdesk/data/store/LocalStore.class", "com/starlightdesk/sync/engine/SyncEngine.class",
                "com/starlightdesk/schema/Migrations.class");
        assertEquals(List.of(), expected.stream().filter(name -> !entries.contains(name)).sorted().toList(),
                "product classes missing from the jar");
    }

    @Test
    void tellsTheReleaseItIsFromThePom() throws Exception {
        String pom = Files.readString(Path.of("../pom.xml"));
        Matcher version = Pattern.compile("<artifactId>starlight-desk</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(version.find(), "the parent pom names its version");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--version").redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, java.waitFor(), out);
        assertEquals("Starlight Desk " + version.group(1), out);
    }

    @Test
    void holdsNoBenchmarkReviewOrTestClass() {
        assertEquals(List.of(), entries.stream().filter(name -> TOOL_OR_TEST_CLASS.matcher(name).matches()).toList(),
                "benchmark, review or test classes in the product jar");
    }

    @Test
    void holdsNoTestOrBenchmarkLibrary() {
        assertEquals(List.of(), entries.stream()
                        .filter(name -> TOOL_OR_TEST_LIBRARIES.stream().anyMatch(name::startsWith))
                        .map(name -> name.substring(0, name.indexOf('/', name.indexOf('/') + 1) + 1))
                        .distinct().toList(),
                "test or benchmark libraries in the product jar");
    }
}
