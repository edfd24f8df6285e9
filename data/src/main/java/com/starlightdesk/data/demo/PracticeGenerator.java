package com.starlightdesk.data.demo;

import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.ClinicalContent;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.DiagnosisStatus;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.LineKind;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.domain.PaymentAllocation;
import com.starlightdesk.data.domain.PaymentMethod;
import com.starlightdesk.data.domain.PipelineStage;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.RecordType;
import com.starlightdesk.data.domain.Subscription;
import com.starlightdesk.data.domain.SubscriptionStatus;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.repo.PracticeData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Generates a synthetic practice of N patients with records in proportion (per patient about: one
 * membership, four visits over the past and next year, two signed notes, one set of vitals, a
 * diagnosis for one in three, a monthly invoice with its line and a payment for most). For
 * benchmarks at 10k and 100k patients. Written in batches of {@value #PATIENTS_PER_TRANSACTION}
 * patients per transaction. Deterministic for a seed.
 */
public final class PracticeGenerator {
    static final int PATIENTS_PER_TRANSACTION = 100;
    private static final String[] FIRST = {"Ava", "Liam", "Olivia", "Noah", "Emma", "Elijah", "Sophia", "Mateo", "Isabella", "Lucas",
        "Mia", "Levi", "Amelia", "Asher", "Harper", "James", "Evelyn", "Leo", "Aria", "Ezra", "Luna", "Kai", "Nora", "Aarav", "Diya",
        "Chidi", "Amara", "Yuna", "Hiro", "Zara", "Omar", "Layla", "Mason", "Ivy", "Theo", "Maya", "Arjun", "Sofia", "Ethan", "Chloe"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
        "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
        "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
        "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Patel", "Kim", "Okafor", "Rossi", "Cohen", "Brooks", "Singh", "Chen"};
    private static final AppointmentType[] TYPES = AppointmentType.values();

    private final Random random;

    public PracticeGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code patients} patients and their records; {@code progress} receives rows written so far. */
    public long generate(PracticeData data, int patients, List<Provider> providers, List<MembershipPlan> plans, LongConsumer progress) {
        if (providers.isEmpty() || plans.isEmpty()) {
            throw new IllegalArgumentException("the practice needs providers and plans first");
        }
        ZoneId zone = data.office().practice().orElseThrow().zone();
        LocalDate today = LocalDate.now(data.clock().withZone(zone));
        long rows = 0;
        for (int done = 0; done < patients; done += PATIENTS_PER_TRANSACTION) {
            Batch batch = batch(data.practiceId(), Math.min(PATIENTS_PER_TRANSACTION, patients - done), done, providers, plans, zone, today);
            data.writeAll(c -> {
                c.insertAll(batch.patients);
                c.insertAll(batch.subscriptions);
                c.insertAll(batch.appointments);
                c.insertAll(batch.records);
                c.insertAll(batch.vitals);
                c.insertAll(batch.diagnoses);
                c.insertAll(batch.invoices);
                c.insertAll(batch.lines);
                c.insertAll(batch.payments);
                c.insertAll(batch.allocations);
            });
            rows += batch.size();
            progress.accept(rows);
        }
        return rows;
    }

    private Batch batch(UUID practiceId, int count, int offset, List<Provider> providers, List<MembershipPlan> plans, ZoneId zone, LocalDate today) {
        Batch b = new Batch();
        for (int i = 0; i < count; i++) {
            int n = offset + i;
            LocalDate dob = today.minusDays(1 + random.nextInt(365 * 18));
            String last = LAST[random.nextInt(LAST.length)];
            boolean prospect = n % 20 == 19;
            String phone = String.format("(%03d) 555-%04d", 200 + random.nextInt(700), random.nextInt(10_000));
            Patient p = new Patient(Ids.next(), FIRST[random.nextInt(FIRST.length)], last, dob,
                    random.nextBoolean() ? Gender.FEMALE : Gender.MALE, "Parent " + last, null, phone,
                    new Address(random.nextInt(9000) + 10 + " Main St", null, "Springfield", "IL", "62701"), "Aetna", "M" + n, "G" + (n % 50),
                    null, prospect ? PatientStatus.PROSPECT : PatientStatus.ACTIVE,
                    prospect ? PipelineStage.OPEN.get(n % PipelineStage.OPEN.size()) : null, null, null, null, true, null, null, null);
            b.patients.add(p);
            if (prospect) {
                continue;
            }
            int age = (int) ChronoUnit.YEARS.between(dob, today);
            LocalDate issued = today.withDayOfMonth(1);
            MembershipPlan plan = plans.stream().filter(pl -> pl.covers(dob, issued)).findFirst().orElse(plans.get(0));
            Subscription membership = new Subscription(Ids.next(), p.id(), plan.id(), today.minusMonths(1 + random.nextInt(24)).withDayOfMonth(1),
                    null, n % 17 == 0 ? SubscriptionStatus.PAUSED : SubscriptionStatus.ACTIVE, null);
            b.subscriptions.add(membership);
            for (int v = 0; v < 4; v++) {
                Provider provider = providers.get(random.nextInt(providers.size()));
                LocalDate day = today.plusDays(random.nextInt(730) - 365);
                Instant start = day.atTime(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30).atZone(zone).toInstant();
                boolean past = day.isBefore(today);
                Appointment a = new Appointment(Ids.next(), p.id(), provider.id(), start, start.plus(30, ChronoUnit.MINUTES),
                        past ? AppointmentStatus.COMPLETED : AppointmentStatus.SCHEDULED, TYPES[random.nextInt(TYPES.length)], "Visit", null);
                b.appointments.add(a);
                if (past && b.records.size() < (b.patients.size()) * 2) {
                    b.records.add(new MedicalRecord(Ids.next(), p.id(), provider.id(), a.id(), RecordType.SOAP_NOTE,
                            ClinicalContent.of(Map.of("subjective", "Routine visit", "assessment", "Well child", "plan", "Next visit in 6 months")),
                            a.endTime(), null, null, null));
                }
            }
            b.vitals.add(new VitalSigns(Ids.next(), p.id(), today.minusDays(random.nextInt(300)).atStartOfDay(zone).toInstant(),
                    new BigDecimal(3 + age * 3 + ".250"), new BigDecimal(50 + age * 6 + ".5"), null, new BigDecimal("36.8"), 95, 20, null, null, null, null, null, null, null, null));
            if (n % 3 == 0) {
                b.diagnoses.add(new Diagnosis(Ids.next(), p.id(), null, "J06.9", "Acute upper respiratory infection",
                        DiagnosisStatus.RESOLVED, today.minusDays(random.nextInt(365)), null));
            }
            boolean paid = n % 4 != 0;
            Instant paidAt = paid ? issued.atTime(12, 0).atZone(zone).toInstant() : null;
            UUID invoiceId = Invoice.membershipInvoiceId(practiceId, membership.id(), issued, 0);
            Invoice invoice = Invoice.membership(invoiceId, p.id(), membership.id(), issued, 0,
                    paid ? InvoiceStatus.PAID : n % 8 == 0 ? InvoiceStatus.OVERDUE : InvoiceStatus.SENT, issued, issued.plusDays(14), paidAt,
                    plan.monthlyFee());
            b.invoices.add(invoice);
            b.lines.add(new InvoiceLineItem(Invoice.lineId(invoiceId, 1), invoiceId, null, plan.name() + " membership", 1, plan.monthlyFee(),
                    plan.monthlyFee(), 1, LineKind.CHARGE, plan.id(), issued, issued.plusMonths(1).minusDays(1), null));
            if (paid) {
                Payment payment = Payment.received(Ids.next(), p.id(), plan.monthlyFee(), PaymentMethod.CARD, paidAt, null, null);
                b.payments.add(payment);
                b.allocations.add(new PaymentAllocation(Ids.next(), payment.id(), invoiceId, plan.monthlyFee()));
            }
        }
        return b;
    }

    private static final class Batch {
        final List<Patient> patients = new ArrayList<>();
        final List<Subscription> subscriptions = new ArrayList<>();
        final List<Appointment> appointments = new ArrayList<>();
        final List<MedicalRecord> records = new ArrayList<>();
        final List<VitalSigns> vitals = new ArrayList<>();
        final List<Diagnosis> diagnoses = new ArrayList<>();
        final List<Invoice> invoices = new ArrayList<>();
        final List<InvoiceLineItem> lines = new ArrayList<>();
        final List<Payment> payments = new ArrayList<>();
        final List<PaymentAllocation> allocations = new ArrayList<>();

        long size() {
            return patients.size() + subscriptions.size() + appointments.size() + records.size() + vitals.size()
                    + diagnoses.size() + invoices.size() + lines.size() + payments.size() + allocations.size();
        }
    }
}
