package com.starlightdesk.app.session;

import com.starlightdesk.data.repo.PracticeData;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Uses the seconds a person spends typing their password: runs the code a sign-in needs once, on a
 * throw-away in-memory database holding no data (the schema check, repositories, the key derivation
 * with a dummy password), so the real sign-in runs compiled code instead of cold code. Flyway is not
 * warmed: a sign-in into a current store does not start it, and starting it cold cost more CPU than
 * the rest of the warm-up together, taken from the sign-in it was meant to speed up. The tables come
 * from the bundled migration scripts, run by H2 directly. Blocking; call it through the task executor.
 * Thread-safe.
 */
public final class SignInWarmUp {
    private static final int DUMMY_ITERATIONS = 120_000;
    /** The local store's tables, as the migrations create them (SignInWarmUpTest runs them). */
    private static final List<String> SCRIPTS = List.of("db/h2/V1__practice_tables.sql", "db/device/V1__outbox.sql",
            "db/device/V2__sync_state.sql");

    private SignInWarmUp() {
    }

    public static void run(Clock clock) throws GeneralSecurityException, SQLException {
        SecretKeyFactory kdf = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        kdf.generateSecret(new PBEKeySpec("warm-up-only".toCharArray(), new byte[16], DUMMY_ITERATIONS, 256));
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:warm-up-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=0", "warm", "up");
        try {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                for (String script : SCRIPTS) {
                    s.execute("RUNSCRIPT FROM 'classpath:/" + script + "'");
                }
            }
            PracticeData data = PracticeData.open(pool, UUID.randomUUID(), UUID.randomUUID(), clock);
            Instant now = clock.instant();
            data.office().practice();
            data.office().providers();
            data.appointments().inRange(now, now.plusSeconds(7 * 86_400));
            data.patients().findById(UUID.randomUUID());
            data.patients().displayNames(List.of(UUID.randomUUID()));
            data.patientSearch().find("warm", 8);
            data.outbox().pending();
        } finally {
            pool.dispose();
        }
    }
}
