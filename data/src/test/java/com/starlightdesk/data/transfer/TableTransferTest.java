package com.starlightdesk.data.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.demo.DemoPractice;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Migrations;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableTransferTest {
    @TempDir
    Path dir;

    private PracticeData practice(String name, boolean demo) {
        DataSource ds = TestDatabases.h2(dir.resolve(name));
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        UUID admin = Ids.next();
        PracticeData data = PracticeData.open(ds, practiceId, admin, Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC));
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Prajapati Pediatrics", "America/Chicago"));
            c.insert(new User(admin, "admin@p.test", "Admin", Role.ADMIN, null, true));
        });
        if (demo) {
            new DemoPractice().load(data);
        }
        return data;
    }

    private static <R extends Record> List<R> rows(PracticeData data, Table<R> table) {
        List<R> rows = new ArrayList<>();
        data.forEachRow(table, rows::add);
        return rows;
    }

    @Test
    void everyTableExportsAndReimportsToTheSameState() throws Exception {
        PracticeData data = practice("roundtrip", true);
        for (TransferFormat format : TransferFormat.values()) {
            for (Table<?> table : Tables.ALL) {
                if (table == Tables.PRACTICES || table == Tables.AUDIT_LOG) {
                    continue;
                }
                List<?> before = rows(data, table);
                StringWriter out = new StringWriter();
                long exported = new TableTransfer(data).export(table, format, out);
                assertEquals(before.size(), exported, table.name());
                ImportReport report = new TableTransfer(data).importRows(table, format, new StringReader(out.toString()));
                assertEquals(List.of(), report.errors(), table.name() + " " + format);
                assertEquals(before.size(), report.updated(), table.name());
                assertEquals(before, rows(data, table), table.name() + " " + format + " re-imports to the same rows");
            }
        }
        long pending = data.outbox().pending();
        new TableTransfer(data).importRows(Tables.PATIENTS, TransferFormat.CSV, new StringReader(exportCsv(data, Tables.PATIENTS)));
        assertEquals(pending + 2, data.outbox().pending(), "an identical re-import changes nothing but the export and import audit entries");
    }

    @Test
    void exportedPatientsLoadIntoAnotherPracticeAndBadRowsAreReportedByLine() throws Exception {
        PracticeData source = practice("source", true);
        PracticeData target = practice("target", false);
        // The other practice has none of this one's providers: the patients move without their own provider.
        source.writeAll(c -> source.forEachRow(Tables.PATIENTS, p -> c.update(new Patient(p.id(), p.firstName(), p.lastName(),
                p.dateOfBirth(), p.gender(), p.parentGuardian(), p.email(), p.phone(), p.address(), p.insuranceProvider(),
                p.insuranceId(), p.insuranceGroup(), p.familyId(), p.status(), p.pipelineStage(), p.feeOverride(), p.referredBy(),
                p.notes(), p.isActive(), null, p.gestationalAgeDays(), p.noKnownAllergiesAt()))));
        String csv = exportCsv(source, Tables.PATIENTS);
        String[] lines = csv.split("\r\n");
        String header = lines[0];
        StringBuilder file = new StringBuilder(header).append("\r\n");
        file.append(lines[1]).append("\r\n");
        file.append(lines[2].replaceFirst(",\\d{4}-\\d{2}-\\d{2},", ",2099-01-01,")).append("\r\n"); // line 3: birth date in the future
        file.append(lines[3]).append("\r\n");
        file.append(lines[4].replaceFirst(",(active|prospect),", ",enrolled,")).append("\r\n"); // line 5: unknown status
        file.append(",Nadia,Khan,2021-02-03,female,,,,,,,,,active,,,,,true\r\n"); // line 6: no id, a new patient
        ImportReport report = new TableTransfer(target).importRows(Tables.PATIENTS, TransferFormat.CSV, new StringReader(file.toString()));
        assertEquals(3, report.inserted());
        assertEquals(2, report.errors().size(), report.errors().toString());
        assertEquals(3, report.errors().get(0).line());
        assertEquals("date_of_birth", report.errors().get(0).field());
        assertEquals(5, report.errors().get(1).line());
        assertEquals("status", report.errors().get(1).field());
        assertEquals(3, target.patients().count());
        assertTrue(target.patientSearch().find("khan", 5).stream().map(Patient::firstName).toList().contains("Nadia"));
        assertTrue(report.errors().stream().noneMatch(e -> e.message().contains("2099")), "errors hold no values");
    }

    @Test
    void unknownColumnsRefuseTheFileBeforeAnyRowIsWritten() throws Exception {
        PracticeData data = practice("unknown", false);
        ImportReport report = new TableTransfer(data).importRows(Tables.PATIENTS, TransferFormat.CSV,
                new StringReader("first_name,last_name,date_of_birth,status,ssn\r\nAva,Lee,2020-01-01,active,123\r\n"));
        assertEquals(0, report.inserted());
        assertEquals(1, report.errors().get(0).line());
        assertEquals(0, data.patients().count());
    }

    private static String exportCsv(PracticeData data, Table<?> table) throws Exception {
        StringWriter out = new StringWriter();
        new TableTransfer(data).export(table, TransferFormat.CSV, out);
        return out.toString();
    }
}
