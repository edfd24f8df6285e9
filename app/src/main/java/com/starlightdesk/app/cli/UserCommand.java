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

/** {@code starlight user add|role|deactivate|reactivate|reset-password|passwd}: manage who can open the practice store. */
@Command(name = "user", description = "Add a user, change their role, deactivate or reactivate them, reset their password,"
        + " or change your own.",
        subcommands = {UserCommand.Add.class, UserCommand.ChangeRole.class, UserCommand.Deactivate.class,
            UserCommand.Reactivate.class, UserCommand.ResetPassword.class, UserCommand.Passwd.class})
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

    @Command(name = "role", description = "Change a user's role: admin, provider or staff (admin only; not your own; the"
            + " practice keeps an active admin). It syncs to the practice's other desks and applies from their next sign-in.")
    static final class ChangeRole implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;
        @Option(names = "--user-email", required = true, description = "Email of the user.") String userEmail;
        @Option(names = "--role", required = true, description = "admin, provider or staff.") String role;

        @Override
        public Integer call() throws Exception {
            Role wanted = Role.of("role", role);
            User changed;
            try (LocalStore open = store.open(new Passwords(System.getenv()))) {
                changed = open.changeRole(userEmail, wanted);
            }
            spec.commandLine().getOut().println(changed.email() + " is now " + changed.role().code() + ".");
            return 0;
        }
    }

    @Command(name = "deactivate", aliases = "remove", description = "Deactivate a user (admin only; not yourself; the practice"
            + " keeps an active admin): no desk of the practice lets them sign in, and their key slot on this desk is deleted."
            + " Their record stays for the audit trail.")
    static final class Deactivate implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;
        @Option(names = "--user-email", required = true, description = "Email of the user to deactivate.") String userEmail;

        @Override
        public Integer call() throws Exception {
            User deactivated;
            try (LocalStore open = store.open(new Passwords(System.getenv()))) {
                deactivated = open.deactivateUser(userEmail);
            }
            spec.commandLine().getOut().println(deactivated.email() + " is deactivated and can no longer sign in.");
            return 0;
        }
    }

    @Command(name = "reactivate", description = "Reactivate a deactivated user with a temporary password for this desk"
            + " (admin only). Your password: $STARLIGHT_PASSWORD or the first line of standard input; the temporary one:"
            + " $STARLIGHT_NEW_PASSWORD or the next line. They choose their own at their next sign-in.")
    static final class Reactivate implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;
        @Option(names = "--user-email", required = true, description = "Email of the user to reactivate.") String userEmail;

        @Override
        public Integer call() throws Exception {
            Passwords passwords = new Passwords(System.getenv());
            User reactivated;
            try (LocalStore open = store.open(passwords)) {
                reactivated = open.reactivateUser(userEmail, passwords.newPassword("Temporary password for " + userEmail));
            }
            spec.commandLine().getOut().println(reactivated.email() + " is active again: they sign in on this PC with the"
                    + " temporary password and then choose their own.");
            return 0;
        }
    }

    @Command(name = "reset-password", description = "Reset a user's password on this desk to a temporary one (admin only)."
            + " Your password: $STARLIGHT_PASSWORD or the first line of standard input; the temporary one:"
            + " $STARLIGHT_NEW_PASSWORD or the next line. They choose their own at their next sign-in. Password resets"
            + " apply on this PC: other desks keep the user's password there.")
    static final class ResetPassword implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;
        @Option(names = "--user-email", required = true, description = "Email of the user.") String userEmail;

        @Override
        public Integer call() throws Exception {
            Passwords passwords = new Passwords(System.getenv());
            try (LocalStore open = store.open(passwords)) {
                open.resetPassword(userEmail, passwords.newPassword("Temporary password for " + userEmail));
            }
            spec.commandLine().getOut().println("The password of " + userEmail.strip() + " is reset on this PC: they sign in"
                    + " with the temporary password and then choose their own.");
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
