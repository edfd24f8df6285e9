package com.starlightdesk.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where the command line gets passwords: an environment variable, the terminal (not echoed), or the
 * next line of standard input. Never from a command-line argument, which other users can see.
 * Not thread-safe; one per command run.
 */
final class Passwords {
    /** The signed-in user's password. */
    static final String PASSWORD_ENV = "STARLIGHT_PASSWORD";
    /** A second password: the new user's, or the new one when changing it. */
    static final String NEW_PASSWORD_ENV = "STARLIGHT_NEW_PASSWORD";

    private final Map<String, String> env;
    private BufferedReader stdin;

    Passwords(Map<String, String> env) {
        this.env = env;
    }

    char[] password(String prompt) {
        return read(PASSWORD_ENV, prompt);
    }

    char[] newPassword(String prompt) {
        return read(NEW_PASSWORD_ENV, prompt);
    }

    private char[] read(String variable, String prompt) {
        String fromEnv = env.get(variable);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s: ", prompt);
            if (typed == null) {
                throw new IllegalArgumentException("no password given");
            }
            return typed;
        }
        try {
            if (stdin == null) {
                stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            String line = stdin.readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("no password given: set " + variable + " or pass it on standard input");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read a password from standard input");
        }
    }
}
