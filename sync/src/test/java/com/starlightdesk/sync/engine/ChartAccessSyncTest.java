package com.starlightdesk.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.data.domain.ChartAccessFilter;
import com.starlightdesk.data.domain.ChartOpening;
import com.starlightdesk.data.domain.ChartPart;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.PullWaits;
import com.starlightdesk.sync.testing.SyncedStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log's chart openings made on one desk reach the server, with the part of the chart shown, and the
 * practice's other desks through the Data API gateway, where an admin's Chart access list shows them.
 */
class ChartAccessSyncTest {
    @TempDir
    static Path dir;
    private static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("chartaccess");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private SyncedStore store(String name) {
        return new SyncedStore(dir, name, fixture.database().practiceA(), fixture.dataApiRemote(fixture.database().secretA()));
    }

    @Test
    void anOpeningOnAnExamRoomDeskReachesTheAdminsDesk() throws SQLException, InterruptedException {
        try (SyncedStore examRoom = store("accessexam"); SyncedStore office = store("accessoffice")) {
            UUID providerId = Ids.next();
            Patient ava = SyncConvergenceTest.patient("Ava", "Access");
            examRoom.data().writeAll(c -> {
                c.insert(new User(providerId, "lee@maple.example", "Dr. Dana Lee", Role.PROVIDER, null, true));
                c.insert(ava);
            });
            PracticeData provider = PracticeData.open(examRoom.dataSource(), fixture.database().practiceA(), providerId,
                    Clock.systemUTC());
            provider.openChart(ava.id());
            provider.auditChartSection(ava.id(), ChartPart.IMMUNIZATIONS);
            examRoom.engine().syncOnce();

            List<ChartOpening> seen = new ArrayList<>();
            PullWaits.until(() -> {
                seen.clear();
                seen.addAll(office.data().chartAccess().page(new ChartAccessFilter(ava.id(), null, null, null), null, 50).openings());
                return seen.size() == 2;
            }, office.engine()::syncOnce);
            assertEquals(List.of(ChartPart.IMMUNIZATIONS, ChartPart.CHART), seen.stream().map(ChartOpening::part).toList());
            assertEquals(List.of("Dr. Dana Lee", "Dr. Dana Lee"), seen.stream().map(ChartOpening::userName).toList());
            assertEquals("Ava Access", seen.get(0).patientName());

            try (Connection c = fixture.database().owner().getConnection(); PreparedStatement read = c.prepareStatement(
                    "SELECT chart_section FROM audit_log WHERE patient_id = ? AND action = 'read' ORDER BY occurred_at, chart_section")) {
                read.setObject(1, ava.id());
                List<String> onServer = new ArrayList<>();
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        onServer.add(rs.getString(1));
                    }
                }
                assertEquals(2, onServer.size());
                assertEquals(java.util.Set.of("chart", "immunizations"), java.util.Set.copyOf(onServer));
            }
        }
    }
}
