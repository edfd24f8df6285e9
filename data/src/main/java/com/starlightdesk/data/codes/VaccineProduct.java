package com.starlightdesk.data.codes;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product the CDC CDSi schedule prefers for a vaccine: its CVX code, the manufacturer's MVX code and trade
 * name where the schedule names them (empty otherwise), and the volume of a dose in mL (null where the schedule gives none). Immutable.
 */
public record VaccineProduct(String cvx, String mvx, String tradeName, BigDecimal volumeMl) {

    public VaccineProduct {
        Objects.requireNonNull(cvx, "cvx");
        Objects.requireNonNull(mvx, "mvx");
        Objects.requireNonNull(tradeName, "tradeName");
    }
}
