package com.starlightdesk.app.cli;

import com.starlightdesk.data.bench.StoreBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code starlight bench}: measure the encrypted local store on a generated practice. */
@Command(name = "bench", description = "Generate a practice of N invented patients in a temporary encrypted store and print"
        + " insert, unlock, type-ahead, calendar, chart and write figures.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--patients", defaultValue = "100000", description = "Patients to generate (default: ${DEFAULT-VALUE}).")
    int patients;

    @Option(names = "--keep", description = "Keep the benchmark store instead of deleting it.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        if (patients < 100) {
            throw new IllegalArgumentException("--patients must be at least 100");
        }
        Path dir = Files.createTempDirectory("starlight-bench");
        try {
            new StoreBench(System.out).run(patients, dir);
        } finally {
            if (!keep) {
                StoreBench.deleteQuietly(dir);
            }
        }
        return 0;
    }
}
