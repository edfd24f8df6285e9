package com.starlightdesk.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.starlightdesk.app.session.Permissions;
import com.starlightdesk.data.domain.Chart;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The header's alerts speak only of what the role is shown of the chart. */
final class ChartAlertsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static OpenChart.Read infantBornAt33Weeks() {
        Patient p = new Patient(Ids.next(), "Ivy", "Early", TODAY.minusMonths(5), Gender.FEMALE, null, null, null, null,
                null, null, null, null, PatientStatus.ACTIVE, null, null, null, null, true, null, 33 * 7 + 2, null);
        return new OpenChart.Read(new Chart(p, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), "", Map.of());
    }

    @Test
    void thoseWhoSeeGrowthAreToldItIsAtCorrectedAge() {
        assertEquals(List.of("Born at 33+2 weeks: growth at corrected age"),
                ChartAlerts.of(infantBornAt33Weeks(), TODAY, new Permissions(Role.PROVIDER)));
    }

    @Test
    void frontDeskStaffAreNotToldOfGrowthTheyAreNotShown() {
        Permissions staff = new Permissions(Role.STAFF);
        assertEquals(false, ChartSection.VITALS.visibleTo(staff), "growth is not the front desk's to see");
        assertEquals(List.of(), ChartAlerts.of(infantBornAt33Weeks(), TODAY, staff));
    }
}
