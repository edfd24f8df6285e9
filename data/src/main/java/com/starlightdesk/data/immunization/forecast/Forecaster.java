package com.starlightdesk.data.immunization.forecast;

import com.starlightdesk.data.immunization.forecast.SupportingData.LiveVirusConflict;
import com.starlightdesk.data.immunization.forecast.SupportingData.VaccineGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The immunization forecaster: evaluates a patient's doses and forecasts the next ones by the CDC's CDSi Logic
 * Specification for ACIP Recommendations (v4.6) over its supporting data. Pure: no clock (the assessment date is
 * an input), no database, no shared mutable state, so one instance serves any number of threads.
 */
public final class Forecaster {
    private final SupportingData data;
    private final Map<String, List<LiveVirusConflict>> conflictsByCurrent = new HashMap<>();
    private final Map<String, String> groupOfAntigen = new HashMap<>();

    public Forecaster(SupportingData data) {
        this.data = data;
        for (LiveVirusConflict c : data.liveVirusConflicts()) {
            conflictsByCurrent.computeIfAbsent(c.currentCvx(), k -> new ArrayList<>()).add(c);
        }
        for (VaccineGroup g : data.vaccineGroups().values()) {
            for (String antigen : g.antigens()) {
                groupOfAntigen.putIfAbsent(antigen, g.name());
            }
        }
    }

    /** A forecaster over the supporting data shipped with the product. */
    public static Forecaster shipped() {
        return new Forecaster(SupportingDataReader.shipped());
    }

    /**
     * Evaluates {@code doses} (in any order) and forecasts every vaccine group for {@code patient} on
     * {@code assessmentDate}. Throws IllegalArgumentException naming the dose when a dose cannot be used.
     */
    public ImmunizationForecast forecast(Patient patient, List<AdministeredDose> doses, LocalDate assessmentDate) {
        if (assessmentDate == null) {
            throw new IllegalArgumentException("assessmentDate is required");
        }
        if (assessmentDate.isBefore(patient.birthDate())) {
            throw new IllegalArgumentException("assessmentDate is before the birthDate");
        }
        for (Map.Entry<String, LocalDate> o : patient.observationDates().entrySet()) {
            if (o.getValue().isBefore(patient.birthDate())) {
                throw new IllegalArgumentException("observation " + o.getKey() + " date is before the birthDate");
            }
            if (o.getValue().isAfter(assessmentDate)) {
                throw new IllegalArgumentException("observation " + o.getKey() + " date is after the assessmentDate");
            }
        }
        for (int i = 0; i < doses.size(); i++) {
            AdministeredDose d = doses.get(i);
            if (d.date().isBefore(patient.birthDate())) {
                throw new IllegalArgumentException("doses[" + i + "].date is before the birthDate");
            }
            if (d.date().isAfter(assessmentDate)) {
                throw new IllegalArgumentException("doses[" + i + "].date is after the assessmentDate");
            }
            if (!data.cvxToAntigens().containsKey(d.cvx())) {
                throw new IllegalArgumentException("doses[" + i + "].cvx " + d.cvx() + " is not a CVX code of the supporting data");
            }
        }
        return new PatientAssessment(this, patient, List.copyOf(doses), assessmentDate).run();
    }

    /** Whether a code is one of the supporting data's observation codes. */
    public boolean knowsObservation(String code) {
        return data.observations().containsKey(code);
    }

    SupportingData data() {
        return data;
    }

    List<LiveVirusConflict> conflictsImpacting(String currentCvx) {
        return conflictsByCurrent.getOrDefault(currentCvx, List.of());
    }

    String vaccineGroupOf(String antigen) {
        return groupOfAntigen.get(antigen);
    }
}
