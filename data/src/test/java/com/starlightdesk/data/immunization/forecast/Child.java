package com.starlightdesk.data.immunization.forecast;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.DoseEvaluation;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.VaccineGroupForecast;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An invented child's immunization history, forecast by the shipped forecaster. */
final class Child {
    static final Forecaster FORECASTER = Forecaster.shipped();

    private final LocalDate birthDate;
    private Patient.Gender gender = Patient.Gender.UNKNOWN;
    private final Set<String> observations = new LinkedHashSet<>();
    private final Map<String, LocalDate> observationDates = new LinkedHashMap<>();
    private String birthCountry;
    private final List<AdministeredDose> doses = new ArrayList<>();

    private Child(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    static Child born(String date) {
        return new Child(LocalDate.parse(date));
    }

    Child gender(Patient.Gender g) {
        this.gender = g;
        return this;
    }

    Child observed(String... codes) {
        observations.addAll(List.of(codes));
        return this;
    }

    /** An observation with its date (the onset of a pregnancy, a stem cell transplant). */
    Child observedOn(String code, String date) {
        observationDates.put(code, LocalDate.parse(date));
        return this;
    }

    Child bornIn(String country) {
        this.birthCountry = country;
        return this;
    }

    Child given(String cvx, String date) {
        doses.add(new AdministeredDose(cvx, LocalDate.parse(date)));
        return this;
    }

    Child given(AdministeredDose dose) {
        doses.add(dose);
        return this;
    }

    Result assessedOn(String date) {
        return new Result(FORECASTER.forecast(new Patient(birthDate, gender, observations, observationDates, birthCountry), doses, LocalDate.parse(date)));
    }

    /** The forecaster's answer, with look-ups by dose and group. */
    record Result(ImmunizationForecast forecast) {
        DoseEvaluation dose(int index, String antigen) {
            for (DoseEvaluation d : forecast.doses()) {
                if (d.index() == index && d.antigen().equals(antigen)) {
                    return d;
                }
            }
            throw new AssertionError("no evaluation of dose " + index + " for " + antigen);
        }

        VaccineGroupForecast group(String name) {
            VaccineGroupForecast g = forecast.group(name);
            assertNotNull(g, "no forecast for " + name);
            return g;
        }

        boolean lists(String name) {
            return forecast.group(name) != null;
        }
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
