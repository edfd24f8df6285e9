package com.starlightdesk.app.cli;

import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.store.LocalStore;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code starlight user add|remove|passwd}: manage who can open the practice store. */
@Command(name = "user", description = "Add or remove a user, or change a password.",
        subcommands = {UserCommand.Add.class, UserCommand.Remove.class, UserCommand.Passwd.class})
final class UserCommand {

    @Command(name = "add", description = "Add a user (admin only). Your password: $STARLIGHT_PASSWORD or the first line of standard input;"
            + " the new user's password: $STARLIGHT_NEW_PASSWORD or the next line.")
    static final class Add implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;
        @Option(names = "--user-email", required = true, description = "Email of the new user.") String userEmail;
        @Option(names = "--user-name", required = true, description = "Name of the new user.") String userName;
        @Option(names = "--role", required = true, description = "admin, provider or staff.") String role;

        @Override
        public Integer call() throws Exception {
            Passwords passwords = new Passwords(System.getenv());
            User user = new User(Ids.next(), userEmail, userName, Role.of("role", role), null, true);
            try (LocalStore open = store.open(passwords)) {
                open.addUser(user, passwords.newPassword("Password for the new user " + user.email()));
            }
            spec.commandLine().getOut().println("Added " + user.email() + " (" + user.role().code() + ").");
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove a user's key slot and deactivate them (admin only).")
    static final class Remove implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;
        @Option(names = "--user-email", required = true, description = "Email of the user to remove.") String userEmail;

        @Override
        public Integer call() throws Exception {
            try (LocalStore open = store.open(new Passwords(System.getenv()))) {
                open.removeUser(userEmail);
            }
            spec.commandLine().getOut().println("Removed " + userEmail + ".");
            return 0;
        }
    }

    @Command(name = "passwd", description = "Change your password: the current one from $STARLIGHT_PASSWORD or standard input,"
            + " the new one from $STARLIGHT_NEW_PASSWORD or the next line.")
    static final class Passwd implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (store.email == null) {
                throw new IllegalArgumentException("--email is required");
            }
            Passwords passwords = new Passwords(System.getenv());
            char[] current = passwords.password("Current password for " + store.email);
            char[] fresh = passwords.newPassword("New password");
            LocalStore.changePassword(store.storeFolder(), store.email, current, fresh, Clock.systemDefaultZone());
            spec.commandLine().getOut().println("Password changed.");
            return 0;
        }
    }
}
