package com.starlightdesk.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.demo.DemoPractice;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.schema.Migrations;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrades keep the clinic's data: a store made by this release (the demo practice, encrypted, on disk) is
 * opened by the next release, whose practice tables have one more migration, and migrated with its rows
 * whole. The next release is this build with one more migration (a new column of the patients, numbered
 * after this release's last) where the migrations are read from, {@code classpath:db/h2} (the class loader
 * Flyway scans), as a new migration in the product would be; the store then still opens with its password.
 */
final class UpgradeTest {
    private static final String EMAIL = "admin@prajapati-peds.test";
    private static final List<String> TABLES = List.of("patients", "appointments", "medical_records", "invoices", "payments",
            "immunizations", "patient_subscriptions", "audit_log");

    @TempDir
    Path dir;
    @TempDir
    Path nextRelease;

    @Test
    void aStoreOfThisReleaseMigratesUnderTheNextWithItsRowsWhole() throws Exception {
        char[] password = "upgrade keeps the data".toCharArray();
        Practice practice = Practice.of(Ids.next(), "Prajapati Pediatrics (demo)", "America/Chicago");
        User admin = new User(Ids.next(), EMAIL, "Practice Admin", Role.ADMIN, null, true);
        Map<String, Long> before;
        int release;
        try (LocalStore store = LocalStore.create(dir, practice, admin, password.clone(), Clock.systemUTC())) {
            new DemoPractice().load(store.data());
            before = counts(store.dataSource());
            release = Integer.parseInt(schemaVersion(store.dataSource()));
        }
        assertTrue(before.get("patients") > 0 && before.get("invoices") > 0, before.toString());
        String next = String.valueOf(release + 1);
        Files.createDirectories(nextRelease.resolve("db/h2"));
        Files.writeString(nextRelease.resolve("db/h2/V" + next + "__patients_preferred_pharmacy.sql"),
                "ALTER TABLE patients ADD COLUMN preferred_pharmacy VARCHAR(200);\n");

        try (LocalStore store = LocalStore.unlock(dir, EMAIL, password.clone(), Clock.systemUTC())) {
            assertEquals(next, underTheNextRelease(() -> Migrations.migratePracticeTables(store.dataSource())));
            assertEquals(before, counts(store.dataSource()), "rows per table after the upgrade");
            assertEquals(before.get("patients"), count(store.dataSource(), "patients WHERE preferred_pharmacy IS NULL"),
                    "the new column, empty on every patient");
        }
        try (LocalStore store = LocalStore.unlock(dir, EMAIL, password.clone(), Clock.systemUTC())) {
            assertEquals(before, counts(store.dataSource()), "rows per table when opened again");
            assertEquals(next, schemaVersion(store.dataSource()));
        }
    }

    /** Runs {@code migration} with the next release's migration visible where Flyway looks for them. */
    private String underTheNextRelease(Supplier<String> migration) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader next = new URLClassLoader(new URL[] {nextRelease.toUri().toURL()}, before)) {
            thread.setContextClassLoader(next);
            return migration.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static Map<String, Long> counts(DataSource dataSource) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count(dataSource, table));
        }
        return counts;
    }

    private static long count(DataSource dataSource, String from) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String schemaVersion(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM " + Migrations.SCHEMA_VERSION_TABLE
                     + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
