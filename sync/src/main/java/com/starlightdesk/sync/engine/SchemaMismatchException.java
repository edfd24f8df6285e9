package com.starlightdesk.sync.engine;

import com.starlightdesk.schema.Release;

/**
 * Client and server disagree on the practice tables' schema version: sync stops until one is upgraded. The
 * message names this application's release, so the person at the desk can tell IT which one is installed.
 */
public final class SchemaMismatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SchemaMismatchException(String expected, String found) {
        super("The practice database is at schema version " + found + " but this application, " + Release.name() + ", expects "
                + expected + ". Sync is stopped: update " + (compare(found, expected) < 0 ? "the server" : "this application")
                + " so that both are at the same version.");
    }

    private static int compare(String a, String b) {
        try {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
