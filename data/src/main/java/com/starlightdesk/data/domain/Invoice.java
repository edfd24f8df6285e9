package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A bill to a family for a visit or a membership period; voided, never deleted. */
public record Invoice(
        UUID id,
        UUID patientId,
        UUID appointmentId,
        InvoiceStatus status,
        LocalDate issuedOn,
        LocalDate dueDate,
        Instant paidAt,
        BigDecimal totalAmount) {

    public Invoice {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        Fields.required("status", status);
        Fields.notBefore("dueDate", dueDate, "issuedOn", issuedOn);
        paidAt = Fields.optionalInstant(paidAt);
        if (status == InvoiceStatus.PAID && paidAt == null) {
            throw new ValidationException("paidAt", "is required for a paid invoice");
        }
        totalAmount = Fields.money("totalAmount", totalAmount);
    }
}
