package com.starlightdesk.sync.testing;

import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.data.sync.SyncFields;
import com.starlightdesk.schema.Migrations;
import com.starlightdesk.sync.engine.SyncEngine;
import com.starlightdesk.sync.remote.RemoteStore;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/** A local store of practice A (plain H2 file, migrated) with its sync engine over a remote store, for tests. */
public final class SyncedStore implements AutoCloseable {
    private final DataSource dataSource;
    private final PracticeData data;
    private final CountingRemote remote;
    private final SyncEngine engine;

    public SyncedStore(Path dir, String name, UUID practiceId, RemoteStore remote) {
        this.dataSource = h2(dir.resolve(name));
        Migrations.migrateLocalStore(dataSource);
        UUID admin = UUID.randomUUID();
        this.data = PracticeData.open(dataSource, practiceId, admin, Clock.systemUTC());
        data.writeAll(changes -> {
            changes.insert(Practice.of(practiceId, "Maple Pediatrics", "America/Chicago"));
            changes.insert(new User(admin, name + "@maple.example", "Admin " + name, Role.ADMIN, null, true));
        });
        this.remote = new CountingRemote(remote);
        this.engine = new SyncEngine(this.remote, dataSource, practiceId, Clock.systemUTC());
    }

    private SyncedStore(DataSource dataSource, UUID practiceId, UUID actorId, RemoteStore remote) {
        this.dataSource = dataSource;
        this.data = PracticeData.open(dataSource, practiceId, actorId, Clock.systemUTC());
        this.remote = new CountingRemote(remote);
        this.engine = new SyncEngine(this.remote, dataSource, practiceId, Clock.systemUTC());
    }

    /** Opens an existing store again (after another process used it). */
    public static SyncedStore reopen(Path dir, String name, UUID practiceId, UUID actorId, RemoteStore remote) {
        return new SyncedStore(h2(dir.resolve(name)), practiceId, actorId, remote);
    }

    /**
     * A plain H2 file database with the local store's flags, including its durability: WRITE_DELAY=0, so a
     * commit survives a SIGKILL of the process as in the product's store.
     */
    public static DataSource h2(Path file) {
        return JdbcConnectionPool.create("jdbc:h2:file:" + file.toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0;WRITE_DELAY=0", "sa", "");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public PracticeData data() {
        return data;
    }

    public SyncEngine engine() {
        return engine;
    }

    public CountingRemote remote() {
        return remote;
    }

    /** A hash per table of every row's every synced column, in id order. */
    public Map<String, String> fingerprint() {
        return fingerprint(dataSource);
    }

    public static Map<String, String> fingerprint(DataSource ds) {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (Table<?> table : Tables.ALL) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                var columns = SyncFields.columns(table);
                try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table.name() + " ORDER BY id")) {
                    while (rs.next()) {
                        for (String column : columns) {
                            Object v = rs.getObject(column);
                            digest.update(String.valueOf(v instanceof java.math.BigDecimal d ? d.toPlainString() : v).getBytes());
                            digest.update((byte) 0);
                        }
                    }
                }
                hashes.put(table.name(), HexFormat.of().formatHex(digest.digest()));
            }
        } catch (SQLException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }

    @Override
    public void close() {
        engine.close();
        remote.close();
        if (dataSource instanceof JdbcConnectionPool pool) {
            pool.dispose();
        }
    }
}
