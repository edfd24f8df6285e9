package com.starlightdesk.data.immunization.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A vaccine dose administered: its CVX code (normalized), optional MVX code and date. A lot expiration date and
 * a dose condition (expired, sub-potent, recalled...) are optional; either makes the dose Sub-standard (6.1). The
 * trade name and the volume given (mL) are optional too: a trade name that differs from a preferable vaccine's
 * trade name makes the dose no preferable vaccine, and a volume below the preferable vaccine's volume is reported
 * but does not make the dose not valid (6.8, table 6-26). A dose without a trade name is not checked against one.
 */
public record AdministeredDose(String cvx, String mvx, LocalDate date, LocalDate lotExpiration, boolean doseCondition,
        String tradeName, BigDecimal volume) {
    public AdministeredDose {
        cvx = Cvx.normalize(cvx);
        if (cvx == null || date == null) {
            throw new IllegalArgumentException("a dose needs a CVX code and a date");
        }
        tradeName = tradeName == null || tradeName.isBlank() ? null : tradeName.trim();
        if (volume != null && volume.signum() <= 0) {
            throw new IllegalArgumentException("a dose's volume must be more than 0 mL");
        }
    }

    /** A dose without trade name or volume. */
    public AdministeredDose(String cvx, String mvx, LocalDate date, LocalDate lotExpiration, boolean doseCondition) {
        this(cvx, mvx, date, lotExpiration, doseCondition, null, null);
    }

    public AdministeredDose(String cvx, LocalDate date) {
        this(cvx, null, date, null, false);
    }
}
