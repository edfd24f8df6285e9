package com.starlightdesk.data.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A writing JVM for the crash tests: starts a main class on the test's class path in a child JVM, keeps
 * the lines it prints as they come (its acknowledgements), and kills it with SIGKILL. Not thread-safe:
 * one test thread drives it; the printed lines are read on a thread of its own.
 */
public final class KilledWriter {
    private final Process process;
    private final Thread reader;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private KilledWriter(Process process) {
        this.process = process;
        this.reader = new Thread(this::readLines, "killed-writer-output");
        reader.start();
    }

    /**
     * Starts {@code main} with {@code args} in a JVM of the running Java, with {@code jvmOptions} and the
     * test's class path; {@code input} (may be null) is written to its standard input, which is then closed.
     */
    public static KilledWriter start(List<String> jvmOptions, Class<?> main, List<String> args, ProcessBuilder.Redirect errors,
            String input) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(errors).start();
        try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII)) {
            if (input != null) {
                in.write(input);
            }
        }
        return new KilledWriter(process);
    }

    private void readLines() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the writer was killed
        }
    }

    /** Waits until the writer has printed a line that matches, or has ended, or {@code timeout} has passed. */
    public void awaitLine(Predicate<String> ready, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lines.stream().noneMatch(ready) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code of a writer that ended (waits up to five seconds for it). */
    public int exitValue() throws InterruptedException {
        process.waitFor(5, TimeUnit.SECONDS);
        return process.exitValue();
    }

    /** Kills the writer with SIGKILL and returns its exit code once it and its output are done. */
    public int kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        reader.join(5000);
        return process.exitValue();
    }

    /** The lines the writer printed so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }
}
