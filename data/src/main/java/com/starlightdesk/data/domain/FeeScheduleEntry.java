package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One service of the practice's own fee schedule: a CPT code, the practice's own description of it, its price,
 * whether members get it at no charge, and for a vaccine product the CVX it is for. Deactivated, never deleted.
 */
public record FeeScheduleEntry(UUID id, String cptCode, String description, BigDecimal price, boolean coveredByMembership,
                               String cvx, boolean isActive) {
    public FeeScheduleEntry {
        Fields.id("id", id);
        cptCode = Fields.required("cptCode", InvoiceLineItem.cpt("cptCode", cptCode));
        description = Fields.text("description", description, 500);
        price = Fields.money("price", price);
        cvx = Fields.optionalText("cvx", cvx, 3);
        if (cvx != null && !cvx.matches("[0-9]{1,3}")) {
            throw new ValidationException("cvx", "is a CVX code of one to three digits");
        }
    }
}
