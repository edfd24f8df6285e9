package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Chart;
import com.starlightdesk.data.domain.ChartPart;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.immunization.forecast.Forecaster;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * One practice's data on one database: the repositories (reads) and {@link #write} (transactions of
 * {@link Changes} that also fill the outbox). Every statement is scoped to the practice this was
 * opened for. Thread-safe; each call takes its own connection.
 */
public final class PracticeData {
    private final Jdbi jdbi;
    private final UUID practiceId;
    private final UUID actorId;
    private final Clock clock;

    private PracticeData(Jdbi jdbi, UUID practiceId, UUID actorId, Clock clock) {
        this.jdbi = jdbi;
        this.practiceId = practiceId;
        this.actorId = actorId;
        this.clock = clock;
    }

    /** Opens the data of {@code practiceId} on a migrated local store; writes are attributed to {@code actorId}. */
    public static PracticeData open(DataSource dataSource, UUID practiceId, UUID actorId, Clock clock) {
        return new PracticeData(LocalJdbi.forPractice(dataSource, practiceId), practiceId, actorId, clock);
    }

    public UUID practiceId() {
        return practiceId;
    }

    public UUID actorId() {
        return actorId;
    }

    public Clock clock() {
        return clock;
    }

    /** Runs {@code work} in one local transaction: its rows and outbox entries commit together. */
    public <T> T write(Function<Changes, T> work) {
        return jdbi.inTransaction(handle -> work.apply(new Changes(handle, practiceId, actorId, clock)));
    }

    /** Runs {@code work} in one local transaction. */
    public void writeAll(Consumer<Changes> work) {
        jdbi.useTransaction(handle -> work.accept(new Changes(handle, practiceId, actorId, clock)));
    }

    public PatientQueries patients() {
        return jdbi.onDemand(PatientQueries.class);
    }

    public PatientSearch patientSearch() {
        return new PatientSearch(patients());
    }

    /** The Patients list's read: every patient with plan, provider, last and next visit. */
    public PatientList patientList() {
        return jdbi.onDemand(PatientList.class);
    }

    public AppointmentQueries appointments() {
        return jdbi.onDemand(AppointmentQueries.class);
    }

    public ChartQueries chart() {
        return jdbi.onDemand(ChartQueries.class);
    }

    public BillingQueries billing() {
        return jdbi.onDemand(BillingQueries.class);
    }

    /**
     * The ledger: where each invoice stands (net, applied, open, status computed by the money contract) and each
     * household's and patient's open total, credit on account and balance.
     */
    public Ledger ledger() {
        return new Ledger(this);
    }

    /**
     * Payments at the desk: a payment with the invoices it pays (named, or oldest due first), credit on account
     * applied to an invoice, refunds with a reason.
     */
    public Payments payments() {
        return new Payments(this);
    }

    PaymentQueries paymentQueries() {
        return jdbi.onDemand(PaymentQueries.class);
    }

    LedgerQueries ledgerQueries() {
        return jdbi.onDemand(LedgerQueries.class);
    }

    /** The monthly billing run: a month's preview (every invoice it would make, what it skips and why) and its commit. */
    public MonthlyBilling monthlyBilling() {
        return new MonthlyBilling(this);
    }

    /** Households' statements: the account of a period with its balances and aging, and who owes at a month's end. */
    public Statements statements() {
        return new Statements(this);
    }

    /**
     * The billing reports: accounts receivable aging per household, membership revenue and members per plan by month,
     * collections by month and method, and the overdue invoices of active patients this month.
     */
    public Receivables receivables() {
        return new Receivables(this, jdbi);
    }

    /** Membership plans with their fee changes and the checks of their age bands (admins edit them). */
    public MembershipPlans membershipPlans() {
        return new MembershipPlans(this);
    }

    /** Patients' memberships: enrolment in the age's plan, pause, resumption, cancellation, fee override, history. */
    public Memberships memberships() {
        return new Memberships(this);
    }

    /** The practice's own fee schedule (admins keep it): CPT code, the practice's description, price, membership cover, CVX. */
    public FeeSchedule feeSchedule() {
        return new FeeSchedule(this);
    }

    /** Invoices through their life: visit invoices from a completed visit, drafts edited, sent, voided, reissued, credited. */
    public Invoices invoices() {
        return new Invoices(this);
    }

    /** The invoice list the Billing screens show: each invoice's patient, number, dates, total, open amount and status, filtered. */
    public InvoiceList invoiceList() {
        return new InvoiceList(this);
    }

    /** Runs {@code work} with {@code type} on one read transaction's connection: reads that see one state of the store. */
    <Q, T> T read(Class<Q> type, Function<Q, T> work) {
        return jdbi.inTransaction(handle -> work.apply(handle.attach(type)));
    }

    public OfficeQueries office() {
        return jdbi.onDemand(OfficeQueries.class);
    }

    /** The providers as an admin keeps them, with the rules of the Providers page and the command line. */
    public ProviderRoster providers() {
        return new ProviderRoster(this);
    }

    /** Patients' demographics as the front office edits them, with the rules the chart and the command line share. */
    public Demographics demographics() {
        return new Demographics(this);
    }

    /** Households: the siblings of a family, their shared guardian, phone and address, adding and linking siblings. */
    public Households households() {
        return new Households(this);
    }

    public NoteQueries notes() {
        return jdbi.onDemand(NoteQueries.class);
    }

    /** Visit notes, lab results, prescriptions and note templates, with the rules the chart and sync share. */
    public VisitNotes visitNotes() {
        return new VisitNotes(this);
    }

    ImmunizationQueries immunizationQueries() {
        return jdbi.onDemand(ImmunizationQueries.class);
    }

    /** A patient's immunization record: doses given here and from other sources, refusals and observations. */
    public Immunizations immunizations() {
        return new Immunizations(this);
    }

    /**
     * The practice's immunization recall list (children with vaccines overdue or due soon) and the report of those due
     * with no vaccination visit booked.
     */
    public ImmunizationRecall immunizationRecall() {
        return new ImmunizationRecall(this, jdbi, Forecaster::shipped);
    }

    /** The enrolment pipeline: prospect families' cards, their moves and their activity log. */
    public Pipeline pipeline() {
        return new Pipeline(this);
    }

    /** The practice's to-dos: follow-up calls, forms to send. */
    public StaffTasks tasks() {
        return new StaffTasks(this);
    }

    TaskQueries taskQueries() {
        return jdbi.onDemand(TaskQueries.class);
    }

    /** The practice's outside contacts: referring doctors, insurers, vendors. */
    public ContactDirectory contacts() {
        return new ContactDirectory(this);
    }

    public AuditQueries audit() {
        return jdbi.onDemand(AuditQueries.class);
    }

    public OutboxQueries outbox() {
        return jdbi.onDemand(OutboxQueries.class);
    }

    /**
     * Reads a patient's whole chart in one transaction and records the read in the audit log before the chart
     * is handed over. The entry is written in a transaction of its own, after the read: a transaction that
     * only reads costs less than one that has written (a chart of 500 entries took some 15% more CPU to read
     * with its audit entry inside the read's transaction).
     */
    public Chart openChart(UUID patientId) {
        Chart chart = readChart(patientId);
        writeAll(c -> c.auditChartRead(patientId));
        return chart;
    }

    /**
     * Reads again a chart this user has open (after a change to it): the same opening, so no second
     * audit entry.
     */
    public Chart rereadChart(UUID patientId) {
        return readChart(patientId);
    }

    private Chart readChart(UUID patientId) {
        return jdbi.inTransaction(handle -> {
            PatientQueries patients = handle.attach(PatientQueries.class);
            ChartQueries chart = handle.attach(ChartQueries.class);
            AppointmentQueries appointments = handle.attach(AppointmentQueries.class);
            Patient patient = patients.findById(patientId)
                    .orElseThrow(() -> new NoSuchElementException("No patient with id " + patientId));
            return new Chart(patient, chart.allergies(patientId), chart.medications(patientId), chart.diagnoses(patientId),
                    chart.records(patientId), chart.vitals(patientId), appointments.forPatient(patientId),
                    handle.attach(ImmunizationQueries.class).doses(patientId));
        });
    }

    /**
     * Records that the acting user looked at one part of a patient's chart (a section such as notes or
     * vitals, a printed document), so who saw what can be told without storing what they saw.
     */
    public void auditChartSection(UUID patientId, ChartPart part) {
        writeAll(c -> c.auditChartSection(patientId, part));
    }

    /** Who opened whose chart, when, and which part of it: the Chart access screen's reads (admins only). */
    public ChartAccessLog chartAccess() {
        return new ChartAccessLog(this, jdbi);
    }

    /** Streams every live row of {@code table} in id order to {@code action} (exports). */
    public <R extends Record> long forEachRow(Table<R> table, java.util.function.Consumer<R> action) {
        return jdbi.withHandle(handle -> {
            long[] n = {0};
            handle.createQuery("SELECT " + table.selectList() + " FROM " + table.name()
                            + " WHERE practice_id = :practiceId AND deleted_at IS NULL ORDER BY id")
                    .bind("practiceId", practiceId)
                    .setFetchSize(500)
                    .mapTo(table.type())
                    .useStream(rows -> rows.forEach(r -> {
                        action.accept(r);
                        n[0]++;
                    }));
            return n[0];
        });
    }

    /** Live (not deleted) rows per table of this practice, in {@link Tables#ALL} order. */
    public Map<String, Long> counts() {
        return jdbi.withHandle(handle -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Table<?> table : Tables.ALL) {
                counts.put(table.name(), handle.createQuery("SELECT count(*) FROM " + table.name()
                                + " WHERE practice_id = :practiceId AND deleted_at IS NULL")
                        .bind("practiceId", practiceId).mapTo(Long.class).one());
            }
            return counts;
        });
    }
}
