package com.starlightdesk.sync.server;

import com.starlightdesk.sync.remote.NamedSql;
import com.starlightdesk.sync.remote.RemoteRow;
import com.starlightdesk.sync.remote.RemoteStore;
import com.starlightdesk.sync.remote.RemoteTransaction;
import com.starlightdesk.sync.remote.SqlParam;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the remote practice database's migrations through any {@link RemoteStore} — in particular over
 * the RDS Data API with an admin (owner) secret, where no JDBC connection is possible. Each script runs
 * statement by statement in one remote transaction, serialised by an advisory lock, and is recorded in
 * {@code flyway_schema_history} with Flyway's checksum so Flyway over JDBC later sees it as applied.
 * Each statement must stay under the Data API's 45 s limit. Not thread-safe (run one at a time).
 */
public final class RemoteMigrations {

    private static final long LOCK_KEY = 0x5354_4152_4c49_4748L; // "STARLIGH"

    private final RemoteStore store;

    public RemoteMigrations(RemoteStore store) {
        this.store = store;
    }

    /** Applies the scripts not yet applied; returns the versions applied now. */
    public List<String> migrate() {
        store.execute("""
                CREATE TABLE IF NOT EXISTS flyway_schema_history (
                    installed_rank integer NOT NULL PRIMARY KEY,
                    version varchar(50),
                    description varchar(200) NOT NULL,
                    type varchar(20) NOT NULL,
                    script varchar(1000) NOT NULL,
                    checksum integer,
                    installed_by varchar(100) NOT NULL,
                    installed_on timestamp NOT NULL DEFAULT now(),
                    execution_time integer NOT NULL,
                    success boolean NOT NULL)""");
        store.execute("CREATE INDEX IF NOT EXISTS flyway_schema_history_s_idx ON flyway_schema_history (success)");
        List<String> appliedNow = new ArrayList<>();
        for (RemoteMigrationScripts.Script script : RemoteMigrationScripts.load()) {
            RemoteTransaction tx = store.begin();
            boolean done = false;
            try {
                Optional<RemoteTransaction> in = Optional.of(tx);
                store.execute("SELECT pg_advisory_xact_lock(:key) AS locked", List.of(SqlParam.int64("key", LOCK_KEY)), in);
                Set<String> applied = appliedVersions(in);
                if (!applied.contains(script.version())) {
                    long start = System.nanoTime();
                    for (String statement : NamedSql.splitStatements(script.text())) {
                        store.execute(statement, List.of(), in);
                    }
                    int millis = (int) ((System.nanoTime() - start) / 1_000_000);
                    store.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                                    + " checksum, installed_by, execution_time, success)"
                                    + " SELECT coalesce(max(installed_rank), 0) + 1, :version, :description, 'SQL', :script,"
                                    + " :checksum, current_user, :millis, true FROM flyway_schema_history",
                            List.of(SqlParam.text("version", script.version()),
                                    SqlParam.text("description", script.description()),
                                    SqlParam.text("script", script.fileName()),
                                    SqlParam.int64("checksum", (long) script.checksum()),
                                    SqlParam.int64("millis", (long) millis)), in);
                    appliedNow.add(script.version());
                }
                store.commit(tx);
                done = true;
            } finally {
                if (!done) {
                    try {
                        store.rollback(tx);
                    } catch (RuntimeException ignored) {
                        // the service ends a transaction whose statement failed
                    }
                }
            }
        }
        return appliedNow;
    }

    private Set<String> appliedVersions(Optional<RemoteTransaction> in) {
        Set<String> versions = new HashSet<>();
        for (RemoteRow row : store.execute("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL",
                List.of(), in).rows()) {
            versions.add(row.text("version"));
        }
        return versions;
    }
}
