package com.starlightdesk.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.PracticeLogo;
import com.starlightdesk.data.domain.VisitType;
import com.starlightdesk.data.testing.TestPictures;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.PullWaits;
import com.starlightdesk.sync.testing.SyncedStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The practice profile and visit types set on one desk reach the server and the practice's other desks through the
 * Data API gateway, with a logo as large as a practice may keep.
 */
class PracticeProfileSyncTest {
    @TempDir
    static Path dir;
    private static GatewayFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("profilesync");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    /** A real picture just under the logo limit: the practices row must still pass the Data API's 64 KB row limit. */
    private static byte[] largestLogo() {
        byte[] picture = TestPictures.noise(110, 110);
        assertTrue(picture.length > PracticeLogo.MAX_BYTES * 8 / 10 && picture.length <= PracticeLogo.MAX_BYTES, "size " + picture.length);
        return picture;
    }

    private SyncedStore store(String name) {
        return new SyncedStore(dir, name, fixture.database().practiceA(), fixture.dataApiRemote(fixture.database().secretA()));
    }

    @Test
    void aProfileEditOnOneDeskReachesTheOther() throws SQLException, InterruptedException {
        try (SyncedStore office = store("profileoffice"); SyncedStore frontDesk = store("profilefrontdesk")) {
            office.engine().syncOnce();
            frontDesk.engine().syncOnce();
            Practice before = office.data().office().practice().orElseThrow();
            Practice edited = new Practice(before.id(), before.name(), before.timeZone(), before.workingHours(),
                    "Maple Pediatrics, P.C.", new Address("12 Elm St", "Suite 4", "Springfield", "IL", "62701"),
                    "(217) 555-0100", "(217) 555-0101", "12-3456789", "1234567893",
                    PracticeLogo.of("logo", largestLogo()).base64(),
                    before.visitTypeDefaults().with(new VisitType(AppointmentType.WELLNESS, 60, "#6E9A57")).text(),
                    "from child 3 off 50%");
            office.data().writeAll(c -> c.update(edited));
            office.engine().syncOnce();
            PullWaits.until(() -> edited.equals(frontDesk.data().office().practice().orElseThrow()), frontDesk.engine()::syncOnce);

            Practice arrived = frontDesk.data().office().practice().orElseThrow();
            assertEquals(edited, arrived);
            assertEquals(60, arrived.visitTypeDefaults().of(AppointmentType.WELLNESS).minutes());
            assertEquals("Springfield, IL 62701", arrived.letterhead().addressLines().get(2));
            try (Connection c = fixture.database().owner().getConnection();
                    PreparedStatement read = c.prepareStatement(
                            "SELECT npi, tax_id, address ->> 'city' AS city, length(logo) AS logo FROM practices WHERE id = ?")) {
                read.setObject(1, fixture.database().practiceA());
                try (ResultSet rs = read.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("1234567893", rs.getString("npi"));
                    assertEquals("12-3456789", rs.getString("tax_id"));
                    assertEquals("Springfield", rs.getString("city"), "the address is a JSON object on the server");
                    assertEquals(edited.logo().length(), rs.getInt("logo"));
                }
            }

            Practice cleared = new Practice(arrived.id(), arrived.name(), arrived.timeZone(), arrived.workingHours(),
                    arrived.legalName(), arrived.address(), arrived.phone(), null, arrived.taxId(), arrived.npi(), null,
                    arrived.visitTypes(), arrived.householdRule());
            frontDesk.data().writeAll(c -> c.update(cleared));
            frontDesk.engine().syncOnce();
            PullWaits.until(() -> cleared.equals(office.data().office().practice().orElseThrow()), office.engine()::syncOnce);
            assertEquals(cleared, office.data().office().practice().orElseThrow(), "a removed fax and logo go back the other way");
        }
    }
}
