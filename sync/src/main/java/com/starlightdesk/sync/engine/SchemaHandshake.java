package com.starlightdesk.sync.engine;

import com.starlightdesk.schema.Migrations;
import com.starlightdesk.sync.remote.RemoteStore;
import java.util.List;

/**
 * Rule 9: before rows are exchanged, the server's practice schema version (the highest successful
 * migration in {@code flyway_schema_history}) must be the one this client was built for,
 * {@link Migrations#SERVER_SCHEMA_VERSION}.
 */
public final class SchemaHandshake {
    private SchemaHandshake() {
    }

    /** Returns the server's version; throws {@link SchemaMismatchException} if it is not the one this client speaks. */
    public static String check(RemoteStore remote) {
        return check(remote, Migrations.SERVER_SCHEMA_VERSION);
    }

    /** Returns the server's version; throws {@link SchemaMismatchException} if it is not {@code expected}. */
    public static String check(RemoteStore remote, String expected) {
        String found = remote.execute("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                + " ORDER BY installed_rank DESC LIMIT 1", List.of()).rows().stream()
                .map(r -> r.text("version")).findFirst().orElse("none");
        if (!found.equals(expected)) {
            throw new SchemaMismatchException(expected, found);
        }
        return found;
    }
}
