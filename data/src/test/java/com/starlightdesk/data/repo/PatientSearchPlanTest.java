package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Dialect;
import com.starlightdesk.schema.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The type-ahead's range queries read their first patients in order from an index and stop at the
 * limit (H2 plans them "index sorted"), so a two-letter start shared by thousands of patients costs what
 * twenty cost. The queries are the ones {@link PatientQueries} declares.
 */
class PatientSearchPlanTest {
    @TempDir
    static Path dir;
    private static DataSource ds;
    private static UUID practiceId;

    @BeforeAll
    static void manyPatientsSharingAStart() throws Exception {
        ds = TestDatabases.create(Dialect.H2, dir, "starlight_search_plan");
        Migrations.migrateLocalStore(ds);
        practiceId = Ids.next();
        UUID adminId = Ids.next();
        PracticeData data = PracticeData.open(ds, practiceId, adminId, Clock.systemUTC());
        List<Patient> many = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            many.add(new Patient(Ids.next(), (i % 2 == 0 ? "Sam" : "Ava") + i, (i % 3 == 0 ? "Smith" : "Lee") + i,
                    LocalDate.of(2015, 1, 1).plusDays(i), Gender.UNKNOWN, null, null, "630-555-" + (1000 + i), null, null, null,
                    null, null, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null));
        }
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Plan Pediatrics", "America/Chicago"));
            c.insert(new User(adminId, "admin@plan.test", "Admin", Role.ADMIN, null, true));
            many.forEach(c::insert);
        });
        try (Connection c = ds.getConnection(); Statement analyze = c.createStatement()) {
            analyze.execute("ANALYZE");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"byLastNameKeyRange", "byFirstNameKeyRange", "byPhoneDigitsRange", "byLastAndFirstNameKeyRange"})
    void aTypeAheadQueryReadsAnIndexInItsOwnOrder(String query) throws Exception {
        String sql = null;
        for (var method : PatientQueries.class.getMethods()) {
            if (method.getName().equals(query)) {
                sql = method.getAnnotation(SqlQuery.class).value();
            }
        }
        String positional = sql.replaceAll(":[a-zA-Z]+", "?");
        try (Connection c = ds.getConnection(); PreparedStatement explain = c.prepareStatement("EXPLAIN " + positional)) {
            int parameters = explain.getParameterMetaData().getParameterCount();
            explain.setObject(1, practiceId);
            for (int i = 2; i < parameters; i++) {
                explain.setString(i, i % 2 == 0 ? "sm" : "sn");
            }
            explain.setInt(parameters, 20);
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                String text = plan.getString(1);
                assertTrue(text.contains("index sorted"), query + " sorts every match before the limit: " + text);
            }
        }
    }
}
