package com.starlightdesk.data.repo;

import com.starlightdesk.data.billing.AccountStanding;
import com.starlightdesk.data.billing.InvoiceStanding;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * The practice's ledger: where each invoice stands and what each household (and patient) owes or holds, computed by
 * the one money contract every screen, report, statement and command uses.
 * <ul>
 * <li>Per invoice ({@link InvoiceStanding}): net = total − non-void credit notes (sent charge invoices only; 0 for draft,
 *     void and credit notes), applied = min(allocated, net), open = net − applied; status VOID, DRAFT, PAID (nothing
 *     open), OVERDUE (open and due before the practice's today) or SENT. PAID and OVERDUE are never stored.</li>
 * <li>Per household ({@code family_id}, or the patient alone) and per patient ({@link AccountStanding}): open total =
 *     Σ open; credit on account = Σ payments − Σ refunds − Σ applied; balance = open total − credit.</li>
 * </ul>
 * Money allocated beyond an invoice's net (paid twice by two desks offline, voided or credited since) is credit on
 * account: Σ applied + credit = Σ payments − Σ refunds, never a cent lost. "Today" is the practice's date in its time
 * zone from the store's clock. Every read is set-based (one statement, whatever the number of invoices) and runs on H2
 * and PostgreSQL. Thread-safe; every call blocks on the store (never call it on the JavaFX thread).
 */
public final class Ledger {
    /** Narrows invoices ({@code i}) or payments ({@code y}) to a household by their patient ({@code p}). */
    static final String HOUSEHOLD = "AND (p.family_id = :householdId OR (p.family_id IS NULL AND p.id = :householdId))";
    static final String PATIENT_INVOICES = "AND i.patient_id = :patientId";
    static final String PATIENT_PAYMENTS = "AND y.patient_id = :patientId";

    private final PracticeData data;

    Ledger(PracticeData data) {
        this.data = data;
    }

    /** The practice's date today, in its time zone. */
    public LocalDate today() {
        return LocalDate.now(data.clock().withZone(data.office().practice().orElseThrow().zone()));
    }

    /** Where one invoice stands today (empty when there is no such invoice). */
    public Optional<InvoiceStanding> invoice(UUID invoiceId) {
        return invoices(List.of(invoiceId)).stream().findFirst();
    }

    /** Where each of {@code invoiceIds} stands today (unknown ids left out), oldest due first. */
    public List<InvoiceStanding> invoices(Collection<UUID> invoiceIds) {
        LocalDate today = today();
        return queries().standingsOf(invoiceIds, today);
    }

    /** Every invoice of the practice (credit notes, drafts and void ones too), oldest due first: reports and lists. */
    public List<InvoiceStanding> allInvoices() {
        LocalDate today = today();
        return queries().standings("", today, LedgerQueries.Binder.NONE);
    }

    /** The practice's invoices with something open, oldest due first: A/R aging and collections. */
    public List<InvoiceStanding> openInvoices() {
        LocalDate today = today();
        return queries().openStandings("", today, LedgerQueries.Binder.NONE);
    }

    /** Every invoice of a household (its members' invoices), oldest due first. */
    public List<InvoiceStanding> householdInvoices(UUID householdId) {
        LocalDate today = today();
        return queries().standings(HOUSEHOLD, today, q -> q.bind("householdId", householdId));
    }

    /** Every invoice of one patient, oldest due first. */
    public List<InvoiceStanding> patientInvoices(UUID patientId) {
        LocalDate today = today();
        return queries().standings(PATIENT_INVOICES, today, q -> q.bind("patientId", patientId));
    }

    /** A household's open total, credit on account and balance (zeros when it has no invoice and no payment). */
    public AccountStanding household(UUID householdId) {
        return queries().accounts("household_id", HOUSEHOLD, HOUSEHOLD,
                        q -> q.bind("householdId", householdId)).stream()
                .findFirst().orElse(AccountStanding.empty(householdId));
    }

    /** One patient's share of the household's account (see {@link AccountStanding}). */
    public AccountStanding patient(UUID patientId) {
        return queries().accounts("patient_id", PATIENT_INVOICES, PATIENT_PAYMENTS, q -> q.bind("patientId", patientId)).stream()
                .findFirst().orElse(AccountStanding.empty(patientId));
    }

    /** Every household with an invoice or a payment, by household id. */
    public List<AccountStanding> households() {
        return queries().accounts("household_id", "", "", LedgerQueries.Binder.NONE);
    }

    /** The household of a patient: its {@code family_id}, or the patient's own id when in none. */
    public UUID householdOf(UUID patientId) {
        return data.patients().findById(patientId).map(p -> p.familyId() == null ? p.id() : p.familyId())
                .orElseThrow(() -> new NoSuchElementException("No patient with id " + patientId));
    }

    private LedgerQueries queries() {
        return data.ledgerQueries();
    }
}
