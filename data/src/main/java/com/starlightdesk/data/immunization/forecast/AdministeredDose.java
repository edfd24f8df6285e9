package com.starlightdesk.data.immunization.forecast;

import java.time.LocalDate;

/**
 * A vaccine dose administered: its CVX code (normalized), optional MVX code and date. A lot expiration date and
 * a dose condition (expired, sub-potent, recalled...) are optional; either makes the dose Sub-standard (6.1).
 */
public record AdministeredDose(String cvx, String mvx, LocalDate date, LocalDate lotExpiration, boolean doseCondition) {
    public AdministeredDose {
        cvx = Cvx.normalize(cvx);
        if (cvx == null || date == null) {
            throw new IllegalArgumentException("a dose needs a CVX code and a date");
        }
    }

    public AdministeredDose(String cvx, LocalDate date) {
        this(cvx, null, date, null, false);
    }
}
