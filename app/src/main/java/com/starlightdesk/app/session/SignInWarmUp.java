package com.starlightdesk.app.session;

import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.schema.Migrations;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Uses the seconds a person spends typing their password: runs the code a sign-in needs once, on a
 * throw-away in-memory database holding no data (migrations, repositories, the key derivation with
 * a dummy password), so the real sign-in runs compiled code instead of cold code. Blocking; call it
 * through the task executor. Thread-safe.
 */
public final class SignInWarmUp {
    private static final int DUMMY_ITERATIONS = 120_000;

    private SignInWarmUp() {
    }

    public static void run(Clock clock) throws GeneralSecurityException {
        SecretKeyFactory kdf = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        kdf.generateSecret(new PBEKeySpec("warm-up-only".toCharArray(), new byte[16], DUMMY_ITERATIONS, 256));
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:warm-up-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=0", "warm", "up");
        try {
            Migrations.migrateLocalStore(pool);
            PracticeData data = PracticeData.open(pool, UUID.randomUUID(), UUID.randomUUID(), clock);
            Instant now = clock.instant();
            data.office().practice();
            data.office().providers();
            data.appointments().inRange(now, now.plusSeconds(7 * 86_400));
            data.patients().findById(UUID.randomUUID());
            data.patientSearch().find("warm", 8);
            data.outbox().pending();
        } finally {
            pool.dispose();
        }
    }
}
