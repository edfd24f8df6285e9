package com.starlightdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.Launcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the admin command line as a person would: {@code ./starlight} in a separate JVM on the test's
 * class path, over one data folder, with passwords from the environment or standard input only.
 */
final class Starlight {
    /** How a run ended: its exit code and what it printed. */
    record Run(int exit, String out, String err) {
    }

    private final Path data;

    Starlight(Path data) {
        this.data = data;
    }

    /** Runs {@code ./starlight args} with {@code env} added to a clean environment and {@code stdin} as its input. */
    Run run(Map<String, String> env, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("STARLIGHT_PASSWORD");
        builder.environment().remove("STARLIGHT_NEW_PASSWORD");
        builder.environment().put("STARLIGHT_DATA_DIR", data.toString());
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out, err);
    }
}
