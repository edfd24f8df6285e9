package com.starlightdesk.data.repo;

import com.starlightdesk.data.billing.InvoiceStanding;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The invoice list the Billing screens show: one row per invoice with its patient, kind, number, issue and due dates,
 * total, what is open and its status, narrowed by a {@link Filter}. Where an invoice stands (open amount, paid,
 * overdue) is the {@link Ledger}'s, computed by the money contract; this read adds the patient's name and the
 * filters. Newest first: drafts (not issued yet), then by issue date, latest first. Thread-safe; every call blocks on
 * the store (never call it on the JavaFX thread).
 */
public final class InvoiceList {
    private final PracticeData data;

    InvoiceList(PracticeData data) {
        this.data = data;
    }

    /**
     * What the list keeps; each part is optional (null or empty keeps every invoice).
     *
     * @param statuses the computed statuses kept (e.g. OVERDUE alone)
     * @param kind membership, visit or credit note
     * @param patientId one patient's invoices
     * @param householdId one household's invoices ({@code family_id}, or the patient's id when in none)
     * @param from the first issue day kept; drafts (not issued yet) are always kept
     * @param to the last issue day kept
     * @param text words found in the patient's name or the start of the invoice's number, any case
     */
    public record Filter(Set<InvoiceStatus> statuses, InvoiceKind kind, UUID patientId, UUID householdId, LocalDate from, LocalDate to,
                         String text) {
        public Filter {
            statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
            text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        }

        /** Every invoice. */
        public static Filter all() {
            return new Filter(Set.of(), null, null, null, null, null, null);
        }

        /** These statuses only. */
        public Filter withStatuses(Set<InvoiceStatus> kept) {
            return new Filter(kept, kind, patientId, householdId, from, to, text);
        }

        /** This kind only (null: every kind). */
        public Filter withKind(InvoiceKind only) {
            return new Filter(statuses, only, patientId, householdId, from, to, text);
        }

        /** One patient's invoices (null: everyone's). */
        public Filter withPatient(UUID id) {
            return new Filter(statuses, kind, id, householdId, from, to, text);
        }

        /** One household's invoices (null: every household's). */
        public Filter withHousehold(UUID id) {
            return new Filter(statuses, kind, patientId, id, from, to, text);
        }

        /** Issued from {@code first} to {@code last}, inclusive (either null: open-ended). */
        public Filter issuedBetween(LocalDate first, LocalDate last) {
            return new Filter(statuses, kind, patientId, householdId, first, last, text);
        }

        /** Issued in {@code month}. */
        public Filter issuedIn(YearMonth month) {
            return issuedBetween(month.atDay(1), month.atEndOfMonth());
        }

        /** With these words in the patient's name or the number. */
        public Filter withText(String words) {
            return new Filter(statuses, kind, patientId, householdId, from, to, words);
        }
    }

    /**
     * One invoice as the list shows it.
     *
     * @param number the number a family quotes ({@link Invoice#number()})
     * @param open what is still to pay by the money contract (0 for a draft, a void invoice or a credit note)
     * @param status the computed status: draft, sent, paid, overdue or void
     */
    public record Row(UUID invoiceId, String number, UUID patientId, String patientName, UUID householdId, InvoiceKind kind,
                      LocalDate issuedOn, LocalDate dueDate, BigDecimal total, BigDecimal open, InvoiceStatus status) {
    }

    /** The invoices {@code filter} keeps, newest first. */
    public List<Row> rows(Filter filter) {
        StringBuilder clause = new StringBuilder();
        if (filter.kind() != null) {
            clause.append(" AND i.kind = :kind");
        }
        if (filter.patientId() != null) {
            clause.append(' ').append(Ledger.PATIENT_INVOICES);
        }
        if (filter.householdId() != null) {
            clause.append(' ').append(Ledger.HOUSEHOLD);
        }
        if (filter.from() != null) {
            clause.append(" AND (i.status = 'draft' OR i.issued_on >= :issuedFrom)");
        }
        if (filter.to() != null) {
            clause.append(" AND (i.status = 'draft' OR i.issued_on <= :issuedTo)");
        }
        List<InvoiceStanding> standings = data.ledgerQueries().standings(clause.toString(), data.ledger().today(), q -> {
            if (filter.kind() != null) {
                q.bind("kind", filter.kind().code());
            }
            if (filter.patientId() != null) {
                q.bind("patientId", filter.patientId());
            }
            if (filter.householdId() != null) {
                q.bind("householdId", filter.householdId());
            }
            if (filter.from() != null) {
                q.bind("issuedFrom", filter.from());
            }
            if (filter.to() != null) {
                q.bind("issuedTo", filter.to());
            }
            return q;
        });
        Map<UUID, String> names = data.read(InvoiceQueries.class, InvoiceQueries::patientNames).stream()
                .collect(Collectors.toMap(InvoiceQueries.PatientName::id, InvoiceQueries.PatientName::name, (a, b) -> a));
        Set<InvoiceStatus> kept = filter.statuses().isEmpty() ? EnumSet.allOf(InvoiceStatus.class) : filter.statuses();
        return standings.stream()
                .filter(s -> kept.contains(s.status()))
                .map(s -> new Row(s.invoiceId(), Invoice.numberOf(s.invoiceId()), s.patientId(), names.getOrDefault(s.patientId(), ""), s.householdId(),
                        s.kind(), s.issuedOn(), s.dueDate(), s.total(), s.open(), s.status()))
                .filter(r -> filter.text() == null || r.patientName().toLowerCase(Locale.ROOT).contains(filter.text())
                        || r.number().toLowerCase(Locale.ROOT).startsWith(filter.text()))
                .sorted(Comparator.comparing(Row::issuedOn, Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()))
                        .thenComparing(Row::number))
                .toList();
    }
}
