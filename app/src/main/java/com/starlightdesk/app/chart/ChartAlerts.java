package com.starlightdesk.app.chart;

import com.starlightdesk.app.session.Permissions;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.RecordType;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The alerts the parts of a chart raise in its header, short and without clinical detail beyond what the
 * role may see: a child born preterm (growth at corrected age until 24 months), a prospect or an inactive
 * patient, and, for those who chart, notes left unsigned. Stateless.
 */
public final class ChartAlerts {
    private ChartAlerts() {
    }

    public static List<String> of(OpenChart.Read read, LocalDate today, Permissions permissions) {
        Patient p = read.patient();
        List<String> alerts = new ArrayList<>();
        if (!p.isActive()) {
            alerts.add("Inactive patient");
        } else if (p.status() == PatientStatus.PROSPECT) {
            alerts.add("Prospect: not yet enrolled");
        }
        if (p.bornPreterm() && Period.between(p.dateOfBirth(), today).toTotalMonths() < 24) {
            alerts.add("Born at " + p.gestationalAgeDays() / 7 + "+" + p.gestationalAgeDays() % 7
                    + " weeks: growth at corrected age");
        }
        if (permissions.canChart()) {
            long unsigned = read.chart().records().stream()
                    .filter(r -> r.recordType() == RecordType.SOAP_NOTE && !r.isSigned()).count();
            if (unsigned > 0) {
                alerts.add(unsigned == 1 ? "1 unsigned note" : unsigned + " unsigned notes");
            }
        }
        return alerts;
    }
}
