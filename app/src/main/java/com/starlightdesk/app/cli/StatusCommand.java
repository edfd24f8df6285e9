package com.starlightdesk.app.cli;

import com.starlightdesk.data.store.LocalStore;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code starlight status}: rows per table and changes waiting to sync. */
@Command(name = "status", description = "Show the practice, its rows per table and the changes waiting to sync.")
final class StatusCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (LocalStore open = store.open(new Passwords(System.getenv()))) {
            PrintWriter out = spec.commandLine().getOut();
            var practice = open.data().office().practice().orElseThrow();
            out.println("Practice:  " + practice.name() + " (" + practice.id() + ")");
            out.println("Time zone: " + practice.timeZone());
            out.println("Store:     " + open.directory());
            out.println("Signed in: " + open.user().email() + " (" + open.user().role().code() + ")");
            out.println();
            out.printf("%-24s %10s%n", "table", "rows");
            for (Map.Entry<String, Long> e : open.data().counts().entrySet()) {
                out.printf("%-24s %10d%n", e.getKey(), e.getValue());
            }
            out.println();
            out.println("Pending changes (outbox): " + open.data().outbox().pending());
            out.println("Sync: ./starlight sync once (or run) pushes these changes when the store is connected to its practice server.");
        }
        return 0;
    }
}
