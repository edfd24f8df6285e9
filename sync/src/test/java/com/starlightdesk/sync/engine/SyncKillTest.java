package com.starlightdesk.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.testing.KilledWriter;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.SyncedStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A syncing child JVM is killed with SIGKILL at random instants, {@code starlight.torture.count} times
 * (15 by default): afterwards the server holds exactly the union of the local writes (every acknowledged
 * one, each applied once: an acknowledged update leaves row_version 2, nothing reaches 3) and matches the store.
 */
class SyncKillTest {
    @TempDir
    static Path dir;
    private static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("synckill");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void serverHoldsTheUnionOfLocalWritesOnceAfterRepeatedKills() throws Exception {
        int kills = Integer.getInteger("starlight.torture.count", 15);
        UUID practice = fixture.database().practiceA();
        UUID actor;
        try (SyncedStore store = new SyncedStore(dir, "killed", practice, fixture.dataApiRemote(fixture.database().secretA()))) {
            store.engine().syncOnce();
            actor = store.data().actorId();
        }
        Path file = dir.resolve("killed");
        Random random = new Random(7);
        Set<UUID> inserted = new HashSet<>();
        Set<UUID> updated = new HashSet<>();
        for (int round = 0; round < kills; round++) {
            KilledWriter writer = KilledWriter.start(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1"), SyncingWriter.class,
                    List.of(file.toString(), practice.toString(), actor.toString(), fixture.endpoint().toString(),
                            fixture.gateway().resourceArn(), fixture.database().secretA().secretArn(), fixture.databaseName()),
                    ProcessBuilder.Redirect.DISCARD, null);
            writer.awaitLine(line -> line.startsWith("inserted "), Duration.ofSeconds(60));
            assertTrue(writer.isAlive(), "the syncing writer died on its own in round " + round);
            Thread.sleep(50 + random.nextInt(600));
            writer.kill();
            for (String line : writer.lines()) {
                if (line.startsWith("inserted ")) {
                    inserted.add(UUID.fromString(line.substring(9)));
                } else if (line.startsWith("updated ")) {
                    updated.add(UUID.fromString(line.substring(8)));
                }
            }
        }
        assertTrue(inserted.size() >= kills, "writes acknowledged: " + inserted.size());

        try (SyncedStore store = SyncedStore.reopen(dir, "killed", practice, actor, fixture.dataApiRemote(fixture.database().secretA()))) {
            for (int i = 0; i < 3 && (store.engine().outbox().pendingCount() > 0 || i == 0); i++) {
                store.engine().syncOnce();
            }
            assertEquals(0, store.engine().outbox().pendingCount());
            Map<UUID, Long> server = versions(fixture.database().owner(), practice);
            Map<UUID, Long> local = versions(store.dataSource(), practice);
            assertEquals(local, server, "server rows and versions = the store's");
            for (UUID id : inserted) {
                assertTrue(server.containsKey(id), "an acknowledged insert reached the server");
            }
            for (Map.Entry<UUID, Long> row : server.entrySet()) {
                assertTrue(row.getValue() <= 2, "nothing applied twice");
                if (updated.contains(row.getKey())) {
                    assertEquals(2L, row.getValue(), "an acknowledged update reached the server once");
                }
            }
        }
    }

    private static Map<UUID, Long> versions(DataSource ds, UUID practice) throws SQLException {
        Map<UUID, Long> versions = new HashMap<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id, row_version FROM contacts WHERE practice_id = ? AND name LIKE 'Kill %'")) {
            s.setObject(1, practice);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }
            }
        }
        return versions;
    }
}
