package com.starlightdesk.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.testing.KilledWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing child JVM with SIGKILL at random moments, again and again ({@code starlight.torture.count}
 * times, 15 by default), and checks after each kill that every transaction is all-or-nothing, that every
 * acknowledged commit survived, and that the outbox matches the data exactly.
 */
class CrashConsistencyTest {
    private static final char[] PASSWORD = "crash test password".toCharArray();

    @TempDir
    Path dir;

    @Test
    void everyKillLeavesWholeTransactionsAndAMatchingOutbox() throws Exception {
        int kills = Integer.getInteger("starlight.torture.count", 15);
        Practice practice = Practice.of(Ids.next(), "Crash Pediatrics", "America/Chicago");
        User admin = new User(Ids.next(), "admin@crash.test", "Admin", Role.ADMIN, null, true);
        Provider provider = new Provider(Ids.next(), null, "Dr. Crash", null, null, "#112233", true);
        try (LocalStore store = LocalStore.create(dir, practice, admin, PASSWORD, Clock.systemUTC())) {
            store.data().writeAll(c -> c.insert(provider));
        }
        byte[] key = KeyWrapping.unwrap(LocalStore.slots(dir).slots().get(0), practice.id(), PASSWORD);
        Random random = new Random(42);
        Set<String> acknowledged = new HashSet<>();
        int killedMidLoop = 0;
        for (int round = 0; round < kills; round++) {
            KilledWriter writer = KilledWriter.start(List.of(), CrashingWriter.class,
                    List.of(dir.toString(), practice.id().toString(), admin.id().toString(), provider.id().toString()),
                    ProcessBuilder.Redirect.to(dir.resolve("writer.err").toFile()), HexFormat.of().formatHex(key) + "\n");
            writer.awaitLine(line -> true, Duration.ofSeconds(30));
            if (!writer.isAlive()) {
                fail("the writer died on its own in round " + round + " (exit " + writer.exitValue() + "): "
                        + java.nio.file.Files.readString(dir.resolve("writer.err")));
            }
            Thread.sleep(random.nextInt(250));
            if (writer.kill() != 0) {
                killedMidLoop++;
            }
            for (String line : writer.lines()) {
                if (line.startsWith("committed ")) {
                    acknowledged.add(line.substring("committed ".length()));
                }
            }
            verify(key, acknowledged, round);
        }
        assertEquals(kills, killedMidLoop, "every round ended in a SIGKILL");
        assertTrue(acknowledged.size() >= kills, "transactions acknowledged: " + acknowledged.size());
    }

    private void verify(byte[] key, Set<String> acknowledged, int round) throws Exception {
        try (Connection c = DriverManager.getConnection(LocalStore.url(dir, true), "starlight", LocalStore.h2Password(key));
             Statement s = c.createStatement()) {
            Set<String> patients = ids(s, "select id from patients where last_name = 'Crash'");
            Set<String> appointmentPatients = ids(s, "select patient_id from appointments");
            assertEquals(patients, appointmentPatients, "round " + round + ": each patient came with its appointment");
            assertTrue(patients.containsAll(acknowledged), "round " + round + ": an acknowledged commit was lost");
            assertEquals(ids(s, "select id from patients"), ids(s, "select row_id from outbox where table_name = 'patients' and operation = 'insert'"),
                    "round " + round + ": patient inserts and outbox entries");
            assertEquals(ids(s, "select id from appointments"), ids(s, "select row_id from outbox where table_name = 'appointments' and operation = 'insert'"),
                    "round " + round + ": appointment inserts and outbox entries");
            assertEquals(ids(s, "select id from patients where notes is not null"),
                    ids(s, "select row_id from outbox where table_name = 'patients' and operation = 'update'"),
                    "round " + round + ": patient updates and outbox entries");
            assertEquals(count(s, "select count(*) from outbox where operation = 'update'"),
                    count(s, "select count(distinct row_id) from outbox where operation = 'update'"), "round " + round + ": one update per patient");
            assertEquals(count(s, "select count(*) from outbox"),
                    count(s, "select count(*) from outbox o where exists (select 1 from patients p where p.id = o.row_id)"
                            + " or exists (select 1 from appointments a where a.id = o.row_id)"
                            + " or exists (select 1 from audit_log l where l.id = o.row_id)"
                            + " or exists (select 1 from users u where u.id = o.row_id)"
                            + " or exists (select 1 from providers v where v.id = o.row_id)"
                            + " or exists (select 1 from practices r where r.id = o.row_id)"),
                    "round " + round + ": no outbox entry without its row");
        }
    }

    private static Set<String> ids(Statement s, String sql) throws Exception {
        Set<String> ids = new HashSet<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class).toString());
            }
        }
        return ids;
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
