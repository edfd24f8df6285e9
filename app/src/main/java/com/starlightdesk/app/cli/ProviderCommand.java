package com.starlightdesk.app.cli;

import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.ProviderColor;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.ProviderRoster;
import com.starlightdesk.data.store.LocalStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code starlight provider list|add|edit|deactivate|reactivate}: the practice's providers, under the
 * rules of the Settings page ({@link ProviderRoster}); a broken rule is reported under the option it
 * came in through.
 */
@Command(name = "provider", description = "List, add, edit, deactivate or reactivate the practice's providers"
        + " (the clinicians visits are booked with).",
        subcommands = {ProviderCommand.ListProviders.class, ProviderCommand.Add.class, ProviderCommand.Edit.class,
            ProviderCommand.Deactivate.class, ProviderCommand.Reactivate.class})
final class ProviderCommand {
    /** The palette's names are ProviderColor.PALETTE's (ProviderCommandTest checks that they stay so). */
    private static final String COLOR_HELP = "Calendar colour: a palette name (blue, rust, green, purple, gold, raspberry, teal,"
            + " brown, indigo, olive, pink, sky) or #RRGGBB that white or dark text reads on.";

    private ProviderCommand() {
    }

    @Command(name = "list", description = "List every provider: name, specialty, e-mail, colour, active, linked user,"
            + " future visits (scheduled or confirmed, still to come).")
    static final class ListProviders implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;
        @Option(names = "--ids", description = "Also show each provider's id.") boolean ids;

        @Override
        public Integer call() throws Exception {
            List<ProviderRoster.Entry> entries;
            try (LocalStore open = store.open(new Passwords(System.getenv()))) {
                entries = open.data().providers().entries();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (entries.isEmpty()) {
                out.println("No providers yet: add one with ./starlight provider add.");
                return 0;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(row("Id", "Name", "Specialty", "E-mail", "Colour", "Active", "Linked user", "Future visits"));
            for (ProviderRoster.Entry e : entries) {
                Provider p = e.provider();
                ProviderColor color = ProviderColor.of(p);
                rows.add(row(p.id().toString(), p.name(), blank(p.specialty()), blank(p.email()),
                    p.color() == null ? "-" : color.hex() + color.paletteName().map(n -> " " + n).orElse(""),
                    p.isActive() ? "yes" : "no", blank(e.userEmail()), Long.toString(e.futureVisits())));
            }
            int[] widths = new int[rows.get(0).length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
                }
                out.println(line.toString().stripTrailing());
            }
            return 0;
        }

        /** The cells of a row, without the id unless --ids asks for it. */
        private String[] row(String... cells) {
            return ids ? cells : Arrays.copyOfRange(cells, 1, cells.length);
        }

        private static String blank(String value) {
            return value == null ? "-" : value;
        }
    }

    @Command(name = "add", description = "Add a provider (admin only).")
    static final class Add implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;
        @Option(names = "--name", required = true, description = "Name with credentials, e.g. \"Asha Prajapati, MD\".") String name;
        @Option(names = "--specialty", description = "Specialty, e.g. Pediatrics.") String specialty;
        @Option(names = "--provider-email", description = "The provider's e-mail (no other provider's).") String providerEmail;
        @Option(names = "--color", description = COLOR_HELP + " Default: the first palette colour no provider has.") String color;
        @Option(names = "--user-email", description = "E-mail of the user, whose role is provider, who signs in as them.")
        String userEmail;

        @Override
        public Integer call() throws Exception {
            ProviderRoster.Entry added;
            try (LocalStore open = openAsAdmin(store)) {
                PracticeData data = open.data();
                String hex = color == null ? ProviderColor.firstFree(data.office().providers()).hex() : colorOf(color).hex();
                UUID linked = userEmail == null ? null : userOf(data, userEmail);
                Map<String, String> options = Map.of("name", "--name", "specialty", "--specialty", "email", "--provider-email",
                        "color", "--color", "userId", "--user-email");
                added = named(options, () -> {
                    Provider saved = data.providers().add(new Provider(Ids.next(), linked, name, specialty, providerEmail, hex, true));
                    return data.providers().entry(saved.id());
                });
            }
            spec.commandLine().getOut().println("Added " + added.provider().name() + " (" + added.provider().id() + "), colour "
                    + added.provider().color() + ".");
            return 0;
        }
    }

    @Command(name = "edit", description = "Change a provider (admin only), found by --id or --provider-email; only the options"
            + " given change.")
    static final class Edit implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Mixin Which which;
        @Spec CommandSpec spec;
        @Option(names = "--name", description = "New name with credentials.") String name;
        @Option(names = "--specialty", description = "New specialty (\"\" clears it).") String specialty;
        @Option(names = "--new-email", description = "New e-mail of the provider (no other provider's; \"\" clears it).") String newEmail;
        @Option(names = "--color", description = COLOR_HELP) String color;
        @Option(names = "--user-email", description = "E-mail of the provider user who signs in as them (\"\" unlinks).")
        String userEmail;

        @Override
        public Integer call() throws Exception {
            ProviderRoster.Entry saved;
            try (LocalStore open = openAsAdmin(store)) {
                PracticeData data = open.data();
                Provider p = which.find(data);
                String hex = color == null ? p.color() : colorOf(color).hex();
                UUID linked = userEmail == null ? p.userId() : userEmail.isBlank() ? null : userOf(data, userEmail);
                Map<String, String> options = Map.of("name", "--name", "specialty", "--specialty", "email", "--new-email",
                        "color", "--color", "userId", "--user-email");
                saved = named(options, () -> {
                    Provider edited = data.providers().edit(new Provider(p.id(), linked, name == null ? p.name() : name,
                            specialty == null ? p.specialty() : specialty, newEmail == null ? p.email() : newEmail, hex, p.isActive()));
                    return data.providers().entry(edited.id());
                });
            }
            spec.commandLine().getOut().println("Saved " + saved.provider().name() + ".");
            return 0;
        }
    }

    @Command(name = "deactivate", description = "Deactivate a provider (admin only), found by --id or --provider-email: no new"
            + " visits can be booked with them; their visits stay on the calendar, marked.")
    static final class Deactivate implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Mixin Which which;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            ProviderRoster.Entry after = which.setActive(store, false);
            spec.commandLine().getOut().println(after.provider().name() + " is deactivated: no new visits can be booked with them."
                    + (after.futureVisits() == 0 ? "" : " " + after.futureVisitsWords() + "; they stay on the calendar, marked inactive."));
            return 0;
        }
    }

    @Command(name = "reactivate", description = "Put a deactivated provider back on the booking form and the calendar's filter"
            + " (admin only), found by --id or --provider-email.")
    static final class Reactivate implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Mixin Which which;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            spec.commandLine().getOut().println(which.setActive(store, true).provider().name() + " is active again.");
            return 0;
        }
    }

    /** Which provider a command is about: by id or by e-mail (any case), exactly one of them. */
    static final class Which {
        @Option(names = "--id", paramLabel = "ID", description = "The provider's id (provider list --ids shows it).")
        UUID id;
        @Option(names = "--provider-email", paramLabel = "EMAIL", description = "The provider's e-mail.")
        String providerEmail;

        /** Signs in as an admin and deactivates ({@code active} false) or reactivates the provider. */
        ProviderRoster.Entry setActive(StoreOptions store, boolean active) throws Exception {
            try (LocalStore open = openAsAdmin(store)) {
                UUID provider = find(open.data()).id();
                open.data().providers().setActive(provider, active);
                return open.data().providers().entry(provider);
            }
        }

        Provider find(PracticeData data) {
            if ((id == null) == (providerEmail == null)) {
                throw new IllegalArgumentException("name the provider with --id or with --provider-email (one of them)");
            }
            if (id != null) {
                return data.office().provider(id).orElseThrow(() -> new IllegalArgumentException("--id: no provider has the id " + id));
            }
            return data.providers().byEmail(providerEmail)
                    .orElseThrow(() -> new IllegalArgumentException("--provider-email: no provider has the e-mail " + providerEmail.strip()));
        }
    }

    /** Signs in; only an admin changes the practice's providers. */
    private static LocalStore openAsAdmin(StoreOptions store) throws Exception {
        LocalStore open = store.open(new Passwords(System.getenv()));
        if (open.user().role() != Role.ADMIN) {
            open.close();
            throw new SecurityException("only an admin can change the practice's providers");
        }
        return open;
    }

    /** A palette name or #RRGGBB, refused under --color when text would be hard to read on it. */
    private static ProviderColor colorOf(String typed) {
        return ProviderColor.PALETTE.stream().filter(n -> n.name().equalsIgnoreCase(typed.strip())).map(ProviderColor.Named::color)
                .findFirst().orElseGet(() -> named(Map.of("color", "--color"), () -> ProviderColor.readable("color", typed)));
    }

    /** The id of the practice's user with {@code email}, refused under --user-email when there is none. */
    private static UUID userOf(PracticeData data, String email) {
        return data.office().userByEmail(email.strip().toLowerCase(Locale.ROOT)).map(User::id)
                .orElseThrow(() -> new IllegalArgumentException("--user-email: no user of this practice has the e-mail " + email.strip()));
    }

    /** Runs {@code work}; a broken rule is reported under the option its field came in through. */
    private static <T> T named(Map<String, String> options, Supplier<T> work) {
        try {
            return work.get();
        } catch (ValidationException e) {
            String option = options.getOrDefault(e.field(), e.field());
            String rule = e.getMessage().startsWith(e.field() + ": ") ? e.getMessage().substring(e.field().length() + 2) : e.getMessage();
            throw new IllegalArgumentException(option + ": " + rule, e);
        }
    }
}
