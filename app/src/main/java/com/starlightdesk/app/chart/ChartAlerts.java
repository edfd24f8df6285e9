package com.starlightdesk.app.chart;

import com.starlightdesk.app.session.Permissions;
import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.RecordType;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The alerts the parts of a chart raise in its header, short and each only for those shown the section it
 * speaks of: a prospect or an inactive patient for all, a child born preterm (growth at corrected age until
 * 24 months) beside Vitals &amp; growth, notes left unsigned beside Notes, and an active allergy to a medication
 * the child takes beside Allergies and Medications. Stateless.
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
        boolean correctedAge = p.bornPreterm() && Period.between(p.dateOfBirth(), today).toTotalMonths() < 24;
        if (correctedAge && ChartSection.VITALS.visibleTo(permissions)) {
            alerts.add("Born at " + p.gestationalAgeDays() / 7 + "+" + p.gestationalAgeDays() % 7
                    + " weeks: growth at corrected age");
        }
        if (ChartSection.NOTES.visibleTo(permissions)) {
            long unsigned = read.chart().records().stream()
                    .filter(r -> r.recordType() == RecordType.SOAP_NOTE && !r.isSigned()).count();
            if (unsigned > 0) {
                alerts.add(unsigned == 1 ? "1 unsigned note" : unsigned + " unsigned notes");
            }
        }
        if (ChartSection.MEDICATIONS.visibleTo(permissions) && ChartSection.ALLERGIES.visibleTo(permissions)) {
            String clash = allergiesToCurrentMedications(read);
            if (!clash.isEmpty()) {
                alerts.add("Allergy to a current medication: " + clash);
            }
        }
        return alerts;
    }

    /**
     * The active allergies whose substance an active medication's name holds ("Amoxicillin" in
     * "Amoxicillin 400 mg/5 mL"), joined; empty when none. Words of fewer than four letters are not matched.
     */
    private static String allergiesToCurrentMedications(OpenChart.Read read) {
        List<String> medications = read.chart().medications().stream().filter(m -> m.status() == ClinicalStatus.ACTIVE)
                .map(m -> m.name().toLowerCase(Locale.ROOT)).toList();
        if (medications.isEmpty()) {
            return "";
        }
        return read.chart().allergies().stream().filter(a -> a.status() == ClinicalStatus.ACTIVE)
                .map(Allergy::substance)
                .filter(s -> s.length() >= 4 && medications.stream().anyMatch(m -> m.contains(s.toLowerCase(Locale.ROOT))))
                .distinct().sorted().collect(Collectors.joining(", "));
    }
}
