package com.starlightdesk.app.cli;

import com.starlightdesk.data.demo.DemoPractice;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.store.DataDirectory;
import com.starlightdesk.data.store.KeySlotFile;
import com.starlightdesk.data.store.LocalStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code starlight practice create|demo|list}: make and find practice stores on this PC. */
@Command(name = "practice", description = "Create a practice store (new or demo) or list the stores on this PC.",
        subcommands = {PracticeCommand.Create.class, PracticeCommand.Demo.class, PracticeCommand.ListStores.class})
final class PracticeCommand {

    @Command(name = "create", description = "Create an encrypted store for a new practice with its first admin."
            + " The admin's password comes from $STARLIGHT_PASSWORD or standard input.")
    static final class Create implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;
        @Option(names = "--name", required = true, description = "Practice name.") String name;
        @Option(names = "--time-zone", required = true, description = "Time zone of the practice, e.g. America/Chicago.") String timeZone;
        @Option(names = "--admin-email", required = true, description = "Email of the first admin.") String adminEmail;
        @Option(names = "--admin-name", required = true, description = "Name of the first admin.") String adminName;

        @Override
        public Integer call() throws Exception {
            Practice practice = Practice.of(Ids.next(), name, timeZone);
            User admin = new User(Ids.next(), adminEmail, adminName, Role.ADMIN, null, true);
            DataDirectory directory = store.directory();
            try (LocalStore created = LocalStore.create(directory.practice(practice.id()), practice, admin,
                    new Passwords(System.getenv()).password("New password for " + admin.email()), Clock.systemDefaultZone())) {
                created.data().visitNotes().addDefaultTemplatesIfNone();
                PrintWriter out = spec.commandLine().getOut();
                out.println("Created practice store " + practice.id() + " in " + created.directory());
                out.println("Sign in as " + admin.email() + ".");
            }
            return 0;
        }
    }

    @Command(name = "demo", description = "Create a store holding Dr. Prajapati's demo practice (invented patients),"
            + " with you as its admin. The password comes from $STARLIGHT_PASSWORD or standard input.")
    static final class Demo implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;
        @Option(names = "--admin-email", defaultValue = "admin@starlight-peds.test", description = "Admin email (default: ${DEFAULT-VALUE}).")
        String adminEmail;
        @Option(names = "--admin-name", defaultValue = "Practice Admin", description = "Admin name (default: ${DEFAULT-VALUE}).")
        String adminName;

        @Override
        public Integer call() throws Exception {
            Practice practice = Practice.of(Ids.next(), "Prajapati Pediatrics (demo)", "America/Chicago");
            User admin = new User(Ids.next(), adminEmail, adminName, Role.ADMIN, null, true);
            try (LocalStore created = LocalStore.create(store.directory().practice(practice.id()), practice, admin,
                    new Passwords(System.getenv()).password("New password for " + admin.email()), Clock.systemDefaultZone())) {
                DemoPractice.DemoSummary summary = new DemoPractice().load(created.data());
                PrintWriter out = spec.commandLine().getOut();
                out.println("Created demo practice store " + practice.id() + " in " + created.directory());
                out.printf("Loaded %d patients, %d prospects, %d appointments, %d signed notes, %d invoices.%n",
                        summary.patients(), summary.prospects(), summary.appointments(), summary.notes(), summary.invoices());
                out.println("Sign in as " + admin.email() + ".");
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the practice stores in the data folder and who can sign in to each.")
    static final class ListStores implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            DataDirectory directory = store.directory();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Data folder: " + directory.root());
            for (UUID id : directory.practices()) {
                KeySlotFile slots = LocalStore.slots(directory.practice(id));
                out.println(id + "  users: " + String.join(", ", slots.slots().stream().map(s -> s.email()).toList()));
            }
            return 0;
        }
    }
}
