package com.starlightdesk.app.cli;

import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.data.store.LocalStore;
import com.starlightdesk.data.transfer.ImportReport;
import com.starlightdesk.data.transfer.TableTransfer;
import com.starlightdesk.data.transfer.TransferFormat;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code starlight export} and {@code starlight import}: tables to and from CSV or JSON files. */
final class TransferCommands {

    private TransferCommands() {
    }

    @Command(name = "export", description = "Export a table to a CSV or JSON file you choose (it holds PHI: keep it safe).")
    static final class Export implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "TABLE", description = "Table name, e.g. patients, appointments, invoices.") String table;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write (must not exist).") Path out;
        @Option(names = "--format", description = "csv or json (default: from the file name).") String format;

        @Override
        public Integer call() throws Exception {
            Table<?> t = Tables.named(table);
            TransferFormat f = format != null ? TransferFormat.of(format) : TransferFormat.ofFileName(out.getFileName().toString());
            try (LocalStore open = store.open(new Passwords(System.getenv()));
                 Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
                long rows = new TableTransfer(open.data()).export(t, f, writer);
                spec.commandLine().getOut().println("Exported " + rows + " rows of " + t.name() + " to " + out);
            }
            return 0;
        }
    }

    @Command(name = "import", description = "Import rows into a table from CSV or JSON (upsert by id; rows without an id are new)."
            + " Bad rows are reported by line; good rows are kept.")
    static final class Import implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "TABLE", description = "Table name, e.g. patients.") String table;
        @Parameters(index = "1", paramLabel = "FILE", description = "CSV (with a header row) or JSON (an array of objects).") Path file;
        @Option(names = "--format", description = "csv or json (default: from the file name).") String format;

        @Override
        public Integer call() throws Exception {
            Table<?> t = Tables.named(table);
            TransferFormat f = format != null ? TransferFormat.of(format) : TransferFormat.ofFileName(file.getFileName().toString());
            ImportReport report;
            try (LocalStore open = store.open(new Passwords(System.getenv()));
                 Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                report = new TableTransfer(open.data()).importRows(t, f, reader);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Imported into " + t.name() + ": " + report.inserted() + " new, " + report.updated() + " updated, "
                    + report.errors().size() + " refused.");
            PrintWriter err = spec.commandLine().getErr();
            report.errors().forEach(e -> err.println("  " + e));
            return report.errors().isEmpty() ? 0 : 2;
        }
    }
}
