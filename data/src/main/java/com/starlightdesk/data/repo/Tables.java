package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AuditEntry;
import com.starlightdesk.data.domain.Contact;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.FamilyActivity;
import com.starlightdesk.data.domain.FeeScheduleEntry;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.MembershipChange;
import com.starlightdesk.data.domain.NoteTemplate;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.domain.PaymentAllocation;
import com.starlightdesk.data.domain.PipelineCard;
import com.starlightdesk.data.domain.PlanFeeChange;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.StaffTask;
import com.starlightdesk.data.domain.Subscription;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.VitalSigns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The stored tables of a practice, in dependency order (parents before children). Thread-safe. */
public final class Tables {
    public static final Table<Practice> PRACTICES = new Table<>("practices", Practice.class, Set.of("address"));
    public static final Table<User> USERS = new Table<>("users", User.class, Set.of());
    public static final Table<Provider> PROVIDERS = new Table<>("providers", Provider.class, Set.of());
    public static final Table<Patient> PATIENTS = new Table<>("patients", Patient.class, Set.of("address"));
    public static final Table<MembershipPlan> PLANS = new Table<>("subscription_plans", MembershipPlan.class, Set.of());
    public static final Table<PlanFeeChange> PLAN_FEE_CHANGES = new Table<>("plan_fee_changes", PlanFeeChange.class, Set.of());
    public static final Table<Subscription> SUBSCRIPTIONS = new Table<>("patient_subscriptions", Subscription.class, Set.of());
    public static final Table<MembershipChange> MEMBERSHIP_CHANGES = new Table<>("membership_changes", MembershipChange.class, Set.of());
    public static final Table<FeeScheduleEntry> FEE_SCHEDULE = new Table<>("fee_schedule", FeeScheduleEntry.class, Set.of());
    public static final Table<Appointment> APPOINTMENTS = new Table<>("appointments", Appointment.class, Set.of());
    public static final Table<MedicalRecord> MEDICAL_RECORDS = new Table<>("medical_records", MedicalRecord.class, Set.of("content"));
    public static final Table<Diagnosis> DIAGNOSES = new Table<>("diagnoses", Diagnosis.class, Set.of());
    public static final Table<Allergy> ALLERGIES = new Table<>("allergies", Allergy.class, Set.of());
    public static final Table<Medication> MEDICATIONS = new Table<>("medications", Medication.class, Set.of());
    public static final Table<VitalSigns> VITALS = new Table<>("vitals", VitalSigns.class, Set.of());
    public static final Table<StaffTask> TASKS = new Table<>("tasks", StaffTask.class, Set.of());
    public static final Table<Contact> CONTACTS = new Table<>("contacts", Contact.class, Set.of());
    public static final Table<PipelineCard> PIPELINE_CARDS = new Table<>("pipeline_cards", PipelineCard.class, Set.of());
    public static final Table<FamilyActivity> FAMILY_ACTIVITY = new Table<>("family_activity", FamilyActivity.class, Set.of());
    public static final Table<Invoice> INVOICES = new Table<>("invoices", Invoice.class, Set.of());
    public static final Table<InvoiceLineItem> LINE_ITEMS = new Table<>("invoice_line_items", InvoiceLineItem.class, Set.of());
    public static final Table<Payment> PAYMENTS = new Table<>("payments", Payment.class, Set.of());
    public static final Table<PaymentAllocation> PAYMENT_ALLOCATIONS = new Table<>("payment_allocations", PaymentAllocation.class, Set.of());
    public static final Table<NoteTemplate> NOTE_TEMPLATES = new Table<>("note_templates", NoteTemplate.class, Set.of("content"));
    public static final Table<Immunization> IMMUNIZATIONS = new Table<>("immunizations", Immunization.class, Set.of());
    public static final Table<ImmunizationObservation> IMMUNIZATION_OBSERVATIONS = new Table<>("immunization_observations",
            ImmunizationObservation.class, Set.of());
    public static final Table<AuditEntry> AUDIT_LOG = new Table<>("audit_log", AuditEntry.class, Set.of());

    /** Every table, parents first: the order to insert, import or bootstrap in. */
    public static final List<Table<?>> ALL = List.of(
            PRACTICES, USERS, PROVIDERS, PATIENTS, PLANS, PLAN_FEE_CHANGES, SUBSCRIPTIONS, MEMBERSHIP_CHANGES, APPOINTMENTS,
            MEDICAL_RECORDS, DIAGNOSES, ALLERGIES, MEDICATIONS, VITALS, TASKS, CONTACTS, PIPELINE_CARDS, FAMILY_ACTIVITY, NOTE_TEMPLATES, IMMUNIZATIONS,
            IMMUNIZATION_OBSERVATIONS, FEE_SCHEDULE, INVOICES, LINE_ITEMS, PAYMENTS, PAYMENT_ALLOCATIONS, AUDIT_LOG);

    private static final Map<Class<?>, Table<?>> BY_TYPE = new LinkedHashMap<>();
    private static final Map<String, Table<?>> BY_NAME = new LinkedHashMap<>();

    static {
        for (Table<?> t : ALL) {
            BY_TYPE.put(t.type(), t);
            BY_NAME.put(t.name(), t);
        }
    }

    private Tables() {
    }

    /** The table that stores records of {@code type}. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> Table<R> of(Class<R> type) {
        Table<?> t = BY_TYPE.get(type);
        if (t == null) {
            throw new IllegalArgumentException("No table stores " + type.getSimpleName());
        }
        return (Table<R>) t;
    }

    /** The table named {@code name}; fails with the list of known tables. */
    public static Table<?> named(String name) {
        Table<?> t = BY_NAME.get(name);
        if (t == null) {
            throw new IllegalArgumentException("Unknown table '" + name + "'; known tables: " + String.join(", ", BY_NAME.keySet()));
        }
        return t;
    }

    /** Whether rows of this table concern one patient (and so their changes are audited as PHI). */
    static boolean concernsPatient(Table<?> table) {
        return table == PATIENTS || hasColumn(table, "patient_id");
    }

    static boolean hasColumn(Table<?> table, String column) {
        return table.columns().stream().anyMatch(c -> c.name().equals(column));
    }
}
