package com.starlightdesk.app.session;

import com.starlightdesk.data.repo.PracticeData;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.store.fs.FileUtils;

/**
 * Uses the seconds a person spends typing their password: runs the code a sign-in needs once, on a
 * throw-away encrypted database in memory holding no data (the key derivation with a dummy password,
 * opening an encrypted file with the store's schema, repositories), so the real sign-in runs compiled
 * code instead of cold code; it stops early when the person signs in before it is done. Flyway is not
 * warmed: a sign-in into a current store does not start it, and starting it cold cost more CPU than
 * the rest of the warm-up together, taken from the sign-in it was meant to speed up. The tables come
 * from the bundled migration scripts, run by H2 directly. Blocking; call it through the task executor.
 * Thread-safe.
 */
public final class SignInWarmUp {
    private static final int DUMMY_ITERATIONS = 120_000;
    /**
     * The local store's tables, as the migrations create them, in order (SignInWarmUpTest runs them and
     * checks that every bundled local migration is here).
     */
    static final List<String> SCRIPTS = List.of("db/h2/V1__practice_tables.sql", "db/h2/V2__practice_working_hours.sql",
            "db/h2/V3__patient_search_indexes.sql", "db/h2/V4__practice_profile.sql", "db/h2/V5__chart_details.sql",
            "db/h2/V6__visit_notes.sql", "db/h2/V7__chart_fixes.sql", "db/h2/V8__immunizations.sql", "db/h2/V9__billing.sql",
            "db/h2/V10__billing_indexes.sql", "db/h2/V11__enrolment_pipeline.sql",
            "db/device/V1__outbox.sql", "db/device/V2__sync_state.sql", "db/device/V3__outbox_without_row_index.sql");

    private SignInWarmUp() {
    }

    /**
     * Runs the warm-up, step by step; stops between steps once {@code signInStarted} says the real
     * sign-in has begun (then the warm-up would only take the processor from it).
     */
    public static void run(Clock clock, BooleanSupplier signInStarted) throws GeneralSecurityException, SQLException {
        SecretKeyFactory kdf = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        kdf.generateSecret(new PBEKeySpec("warm-up-only".toCharArray(), new byte[16], DUMMY_ITERATIONS, 256));
        if (signInStarted.getAsBoolean()) {
            return;
        }
        // An encrypted database in H2's in-memory file system: written, closed and opened again, so the
        // opening of an encrypted file (decrypting pages, reading the stored schema back) runs too, with
        // nothing written to disk.
        String folder = "memFS:starlight-warm-up-" + UUID.randomUUID();
        String url = "jdbc:h2:" + folder + "/practice;CIPHER=AES;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0";
        String key = HexFormat.of().formatHex(new byte[32]);
        String password = key + " " + key;
        try {
            JdbcConnectionPool created = JdbcConnectionPool.create(url, "warm", password);
            try (Connection c = created.getConnection(); Statement s = c.createStatement()) {
                for (String script : SCRIPTS) {
                    s.execute("RUNSCRIPT FROM 'classpath:/" + script + "'");
                }
            } finally {
                created.dispose();
            }
            if (signInStarted.getAsBoolean()) {
                return;
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create(url + ";IFEXISTS=TRUE", "warm", password);
            try {
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
        } finally {
            FileUtils.deleteRecursive(folder, false);
        }
    }
}
