package com.starlightdesk.data.demo;

import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.AllergyInactivation;
import com.starlightdesk.data.domain.AllergySeverity;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.ClinicalContent;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Contact;
import com.starlightdesk.data.domain.ContactType;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.DiagnosisStatus;
import com.starlightdesk.data.domain.FeeScheduleEntry;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.MedicationInactivation;
import com.starlightdesk.data.domain.LineKind;
import com.starlightdesk.data.domain.MembershipChange;
import com.starlightdesk.data.domain.MembershipChangeKind;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.domain.PaymentAllocation;
import com.starlightdesk.data.domain.PaymentMethod;
import com.starlightdesk.data.domain.InquirySource;
import com.starlightdesk.data.domain.PipelineCard;
import com.starlightdesk.data.domain.PipelineStage;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.RecordType;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.StaffTask;
import com.starlightdesk.data.domain.Subscription;
import com.starlightdesk.data.domain.SubscriptionStatus;
import com.starlightdesk.data.domain.TaskPriority;
import com.starlightdesk.data.domain.TaskStatus;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.repo.Changes;
import com.starlightdesk.data.repo.PracticeData;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Dr. Prajapati's pediatric membership practice as demo data: 17 patients in families with guardians
 * and insurance, prospects at every pipeline stage, the five plans, two providers, two weeks of visits
 * around today with their notes, diagnoses and prescriptions, immunization records, invoices and payments,
 * tasks and contacts. All people are invented. Loaded in one transaction; deterministic for a given day.
 */
public final class DemoPractice {
    /** The five membership plans: name, age band (years) and monthly fee. */
    public static final List<MembershipPlan> PLAN_TEMPLATE = List.of(
            MembershipPlan.inYears(new UUID(0, 1), "Orion", 0, 1, new BigDecimal("150.00")),
            MembershipPlan.inYears(new UUID(0, 2), "Lyra", 2, 5, new BigDecimal("120.00")),
            MembershipPlan.inYears(new UUID(0, 3), "Sirius", 6, 11, new BigDecimal("100.00")),
            MembershipPlan.inYears(new UUID(0, 4), "Pegasus", 12, 17, new BigDecimal("90.00")),
            MembershipPlan.inYears(new UUID(0, 5), "Polaris", 18, 21, new BigDecimal("80.00")));

    private record Child(String first, Gender gender, String birth, Integer gestationalAgeDays) {
        Child(String first, Gender gender, String birth) {
            this(first, gender, birth, null);
        }
    }

    private record Family(String last, String guardian, String phone, String insurer, String street, String city, List<Child> children) {
    }

    private static final List<Family> FAMILIES = List.of(
            new Family("Patel", "Priya Patel", "(630) 555-0142", "Blue Cross Blue Shield", "118 Maple Ave", "Naperville",
                    List.of(new Child("Aarav", Gender.MALE, "2016-05-14"), new Child("Diya", Gender.FEMALE, "2019-09-03"),
                            new Child("Kabir", Gender.MALE, "2023-12-21"))),
            new Family("Johnson", "Sarah Johnson", "(630) 555-0177", "Aetna", "42 Oak Lane", "Wheaton",
                    List.of(new Child("Emma", Gender.FEMALE, "2015-02-11"), new Child("Liam", Gender.MALE, "2018-07-30"))),
            new Family("Garcia", "Maria Garcia", "(331) 555-0190", "Cigna", "9 Birch Ct", "Aurora",
                    List.of(new Child("Sofia", Gender.FEMALE, "2020-03-25"), new Child("Mateo", Gender.MALE, "2022-10-08"))),
            new Family("Nguyen", "Thanh Nguyen", "(630) 555-0113", "UnitedHealthcare", "300 River Rd", "Lisle",
                    List.of(new Child("Lily", Gender.FEMALE, "2017-11-19"))),
            new Family("Williams", "Keisha Williams", "(708) 555-0168", "Blue Cross Blue Shield", "15 Cedar St", "Downers Grove",
                    List.of(new Child("Noah", Gender.MALE, "2012-06-02"), new Child("Ava", Gender.FEMALE, "2014-01-27"),
                            new Child("Mason", Gender.MALE, "2021-04-16"))),
            new Family("Kim", "Grace Kim", "(630) 555-0121", "Aetna", "77 Willow Way", "Naperville",
                    List.of(new Child("Ethan", Gender.MALE, "2025-03-09", 33 * 7 + 2))),
            new Family("Okafor", "Ngozi Okafor", "(331) 555-0136", "Medicaid (Illinois)", "5 Elm Pl", "Bolingbrook",
                    List.of(new Child("Chidi", Gender.MALE, "2013-08-23"), new Child("Amara", Gender.FEMALE, "2018-12-05"))),
            new Family("Rossi", "Giulia Rossi", "(630) 555-0159", "Cigna", "260 Prairie Ave", "Warrenville",
                    List.of(new Child("Luca", Gender.MALE, "2010-10-12"))),
            new Family("Cohen", "Rachel Cohen", "(630) 555-0184", "UnitedHealthcare", "11 Spruce Dr", "Naperville",
                    List.of(new Child("Maya", Gender.FEMALE, "2024-06-30"))),
            new Family("Brooks", "Daniel Brooks", "(708) 555-0102", "Blue Cross Blue Shield", "88 Lake St", "Glen Ellyn",
                    List.of(new Child("Olivia", Gender.FEMALE, "2011-04-04"))));

    private record Prospect(String first, String last, String guardian, String birth, PipelineStage stage, String referredBy,
                            InquirySource source) {
    }

    private static final List<Prospect> PROSPECTS = List.of(
            new Prospect("Harper", "Lewis", "Megan Lewis", "2023-08-17", PipelineStage.INQUIRY, "Website", InquirySource.WEB),
            new Prospect("Elijah", "Turner", "Chris Turner", "2019-02-02", PipelineStage.INQUIRY, "Instagram", InquirySource.OTHER),
            new Prospect("Zoe", "Martinez", "Ana Martinez", "2021-05-28", PipelineStage.MEET_AND_GREET, "Patel family", InquirySource.FRIEND),
            new Prospect("Henry", "Walsh", "Erin Walsh", "2025-01-15", PipelineStage.MEET_AND_GREET, "Dr. Allen (OB)", InquirySource.REFERRAL),
            new Prospect("Isla", "Reed", "Tom Reed", "2017-09-09", PipelineStage.SCHEDULED_VISIT, "Johnson family", InquirySource.FRIEND),
            new Prospect("Leo", "Park", "Jin Park", "2022-03-03", PipelineStage.READY_TO_ENROLL, "Open house", InquirySource.EVENT),
            new Prospect("Nora", "Park", "Jin Park", "2024-11-11", PipelineStage.READY_TO_ENROLL, "Open house", InquirySource.EVENT));

    /**
     * The demo practice's fee schedule, typed as its staff would: its own descriptions and prices (no description ships
     * with the product); members pay nothing for visits and vaccine administration, vaccines are billed at the practice's
     * price, each naming the CVX of its vaccine.
     */
    public static final List<FeeScheduleEntry> FEE_SCHEDULE = List.of(
            fee("99213", "Sick visit, established", "120.00", true, null),
            fee("99391", "Well-child check, under 1", "150.00", true, null),
            fee("99392", "Well-child check, 1 to 4", "150.00", true, null),
            fee("90460", "Vaccine administration, first component", "25.00", true, null),
            fee("90461", "Vaccine administration, each further component", "15.00", true, null),
            fee("87880", "Rapid strep test", "25.00", false, null),
            fee("90686", "Flu vaccine, preservative free", "35.00", false, "140"),
            fee("90713", "Polio vaccine (IPOL)", "42.00", false, "10"),
            fee("90744", "Hepatitis B vaccine, child", "38.00", false, "08"),
            fee("90707", "MMR vaccine", "95.00", false, "03"));

    private final Random random = new Random(20261123L);
    /** The completed visits where a dose was given, in the order they were made. */
    private final List<UUID> visitsWithDoses = new ArrayList<>();

    private static FeeScheduleEntry fee(String cpt, String words, String price, boolean covered, String cvx) {
        return new FeeScheduleEntry(Ids.next(), cpt, words, new BigDecimal(price), covered, cvx, true);
    }

    /** Loads the demo practice into {@code data} (a new practice that has only its admin user). */
    public DemoSummary load(PracticeData data) {
        ZoneId zone = data.office().practice().orElseThrow().zone();
        LocalDate today = LocalDate.now(data.clock().withZone(zone));
        data.visitNotes().addDefaultTemplatesIfNone();
        DemoSummary summary = data.write(changes -> loadInto(changes, data.practiceId(), data.actorId(), zone, today));
        return summary.withInvoices(summary.invoices() + billVisitsWithDoses(data));
    }

    /**
     * The practice's fee schedule in its own words, and the invoices of the last completed visits where a flu shot was
     * given: each made from the visit with its suggested lines (the vaccine and its administration), the latest left a
     * draft for the desk to finish, the others sent. Returns the invoices made.
     */
    private int billVisitsWithDoses(PracticeData data) {
        for (FeeScheduleEntry e : FEE_SCHEDULE) {
            data.feeSchedule().save(new FeeScheduleEntry(Ids.next(), e.cptCode(), e.description(), e.price(), e.coveredByMembership(), e.cvx(),
                    true));
        }
        List<UUID> visits = visitsWithDoses.subList(Math.max(0, visitsWithDoses.size() - 3), visitsWithDoses.size());
        for (int i = 0; i < visits.size(); i++) {
            Invoice draft = data.invoices().startVisitInvoice(visits.get(i));
            if (i < visits.size() - 1) {
                data.invoices().send(draft.id());
            }
        }
        return visits.size();
    }

    private DemoSummary loadInto(Changes c, UUID practiceId, UUID adminId, ZoneId zone, LocalDate today) {
        User drUser = c.insert(new User(Ids.next(), "anjali.prajapati@starlight-peds.test", "Dr. Anjali Prajapati", Role.PROVIDER, null, true));
        User npUser = c.insert(new User(Ids.next(), "sam.rivera@starlight-peds.test", "Sam Rivera, CPNP", Role.PROVIDER, null, true));
        User desk = c.insert(new User(Ids.next(), "front.desk@starlight-peds.test", "Jess (Front Desk)", Role.STAFF, null, true));
        Provider dr = c.insert(new Provider(Ids.next(), drUser.id(), "Dr. Anjali Prajapati", "Pediatrics", drUser.email(), "#2E6FDB", true));
        Provider np = c.insert(new Provider(Ids.next(), npUser.id(), "Sam Rivera, CPNP", "Pediatric nurse practitioner", npUser.email(), "#C0390B", true));
        List<Provider> providers = List.of(dr, np);

        List<MembershipPlan> plans = new ArrayList<>();
        for (MembershipPlan t : PLAN_TEMPLATE) {
            plans.add(c.insert(MembershipPlan.inYears(Ids.next(), t.name(), t.ageMin(), t.ageMax(), t.monthlyFee())));
        }

        List<Patient> patients = new ArrayList<>();
        for (Family f : FAMILIES) {
            UUID familyId = Ids.next();
            for (Child child : f.children()) {
                String email = f.guardian().toLowerCase().replace(' ', '.') + "@example.test";
                patients.add(c.insert(new Patient(Ids.next(), child.first(), f.last(), LocalDate.parse(child.birth()), child.gender(),
                        f.guardian(), email, f.phone(), new Address(f.street(), null, f.city(), "IL", "605" + (10 + patients.size())),
                        f.insurer(), "M" + (483920 + patients.size() * 7), "GRP-" + (100 + patients.size() % 4), familyId,
                        PatientStatus.ACTIVE, null, null, null, null, true, patients.size() % 3 == 2 ? np.id() : dr.id(),
                        child.gestationalAgeDays(), patients.size() % 2 == 1 && patients.size() != 5 && patients.size() != 9
                                ? today.minusYears(1).atStartOfDay(zone).toInstant() : null)));
            }
        }
        // One pipeline card per prospect family (the Parks have two children on one card), some days into their stage.
        Map<String, PipelineCard> cards = new LinkedHashMap<>();
        for (Prospect p : PROSPECTS) {
            PipelineCard card = cards.computeIfAbsent(p.guardian(), g -> c.insert(new PipelineCard(Ids.next(), p.stage(),
                    today.minusDays(2 + 5L * cards.size()), null, p.source(), null, null, null)));
            c.insert(new Patient(Ids.next(), p.first(), p.last(), LocalDate.parse(p.birth()), Gender.UNKNOWN, p.guardian(), null,
                    "(630) 555-01" + (60 + random.nextInt(39)), null, null, null, null, card.id(), PatientStatus.PROSPECT, p.stage(), null,
                    p.referredBy(), "Family asked about " + (p.stage() == PipelineStage.INQUIRY ? "pricing" : "same-day sick visits"), true, null, null, null));
        }

        // Memberships: mostly active, two paused, two cancelled.
        List<Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < patients.size(); i++) {
            Patient p = patients.get(i);
            LocalDate started = today.minusMonths(3 + i % 14).withDayOfMonth(1);
            MembershipPlan plan = plans.stream().filter(pl -> pl.covers(p.dateOfBirth(), started)).findFirst()
                    .orElse(plans.get(plans.size() - 1));
            SubscriptionStatus status = i == 4 || i == 11 ? SubscriptionStatus.PAUSED : i == 7 || i == 15 ? SubscriptionStatus.CANCELLED : SubscriptionStatus.ACTIVE;
            LocalDate ended = status == SubscriptionStatus.CANCELLED ? today.minusMonths(1).withDayOfMonth(1).minusDays(1) : null;
            Subscription s = c.insert(new Subscription(Ids.next(), p.id(), plan.id(), started, ended, status, null));
            subscriptions.add(s);
            c.insert(new MembershipChange(Ids.next(), s.id(), p.id(), MembershipChangeKind.ENROLLED, started, plan.id(), null, null, adminId));
            if (status == SubscriptionStatus.PAUSED) {
                c.insert(new MembershipChange(Ids.next(), s.id(), p.id(), MembershipChangeKind.PAUSED, today.withDayOfMonth(1).minusMonths(1),
                        null, null, "Family travelling abroad", adminId));
            } else if (status == SubscriptionStatus.CANCELLED) {
                c.insert(new MembershipChange(Ids.next(), s.id(), p.id(), MembershipChangeKind.CANCELLED, ended, null, null,
                        "Family moved away", adminId));
            }
        }

        // Weekday visits from last week's Monday to a week after today, 9:00–16:00 in the practice's zone: last week
        // and next week hold visits whatever day today is (on a weekend, this week's are all past).
        List<Appointment> visits = new ArrayList<>();
        AppointmentType[] types = AppointmentType.values();
        String[] complaints = {"Cough and runny nose", "Ear pain", "Fever since yesterday", "Rash on arms", "Sore throat", "Well-child visit",
            "Follow-up on asthma", "Vaccines due", "Stomach ache", "Sports physical"};
        LocalDate lastMonday = today.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate day = lastMonday; !day.isAfter(today.plusDays(7)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (Provider provider : providers) {
                LocalTime slot = LocalTime.of(9, 0);
                int count = 3 + random.nextInt(3);
                for (int k = 0; k < count && slot.isBefore(LocalTime.of(16, 0)); k++) {
                    Patient p = patients.get(random.nextInt(patients.size()));
                    int minutes = random.nextBoolean() ? 30 : 45;
                    Instant start = day.atTime(slot).atZone(zone).toInstant();
                    if (visits.stream().anyMatch(v -> v.patientId().equals(p.id()) && v.overlaps(start, start.plus(minutes, ChronoUnit.MINUTES)))) {
                        slot = slot.plusMinutes(minutes + 15);
                        continue;
                    }
                    AppointmentStatus status;
                    if (day.isBefore(today)) {
                        int roll = random.nextInt(10);
                        status = roll == 0 ? AppointmentStatus.NO_SHOW : roll == 1 ? AppointmentStatus.CANCELLED : AppointmentStatus.COMPLETED;
                    } else if (day.isEqual(today)) {
                        status = k == 0 ? AppointmentStatus.CHECKED_IN : AppointmentStatus.CONFIRMED;
                    } else {
                        status = random.nextBoolean() ? AppointmentStatus.CONFIRMED : AppointmentStatus.SCHEDULED;
                    }
                    AppointmentType type = types[random.nextInt(types.length)];
                    visits.add(c.insert(new Appointment(Ids.next(), p.id(), provider.id(), start, start.plus(minutes, ChronoUnit.MINUTES),
                            status, type, complaints[random.nextInt(complaints.length)], null)));
                    slot = slot.plusMinutes(minutes + 15 * random.nextInt(3));
                }
            }
        }

        // Immunization records: Mateo's family declined this season's flu vaccine before the visits below.
        DemoImmunizations immunizations = new DemoImmunizations(c, zone, today);
        immunizations.refusedFlu(patients.get(6), 20);

        // Chart entries for completed visits.
        DemoGrowth growth = new DemoGrowth(c, zone, today);
        // Growth from birth: Kabir steady in kg and cm; Ethan, born at 33+2 weeks, catching up at corrected age, in
        // pounds and inches; Maya's weight crossing percentile lines downwards. Their other visits' vitals lie on the
        // same course (where it has come to), so a sick visit does not break the story their charts tell.
        Patient kabir = patients.get(2);
        Patient ethan = patients.get(11);
        Patient maya = patients.get(15);
        Map<UUID, DemoGrowth.Course> courses = Map.of(
                kabir.id(), new DemoGrowth.Course(0.8, 0.9, 0.5, 0.6, 0.4, false),
                ethan.id(), new DemoGrowth.Course(-1.1, -0.2, -0.9, -0.3, -0.5, true),
                maya.id(), new DemoGrowth.Course(0.6, -1.6, 0.3, -0.2, 0.1, false));
        int notes = 0;
        for (Appointment v : visits) {
            if (v.status() != AppointmentStatus.COMPLETED) {
                continue;
            }
            Patient p = patients.stream().filter(x -> x.id().equals(v.patientId())).findFirst().orElseThrow();
            Provider provider = providers.stream().filter(x -> x.id().equals(v.providerId())).findFirst().orElseThrow();
            Instant signed = v.endTime().plus(2, ChronoUnit.HOURS);
            MedicalRecord note = c.insert(new MedicalRecord(Ids.next(), p.id(), provider.id(), v.id(), RecordType.SOAP_NOTE,
                    ClinicalContent.of(Map.of("subjective", v.chiefComplaint(), "objective", "Alert, well hydrated. Lungs clear.",
                            "assessment", v.appointmentType() == AppointmentType.SICK_VISIT ? "Viral upper respiratory infection" : "Healthy child",
                            "plan", "Supportive care; return if fever lasts more than 3 days.")),
                    v.endTime(), signed, provider.userId(), null));
            notes++;
            if (notes == 1) {
                // The first note was corrected after signing: an addendum, itself signed, under it.
                Instant amended = signed.plus(1, ChronoUnit.DAYS);
                c.insert(new MedicalRecord(Ids.next(), p.id(), provider.id(), v.id(), RecordType.SOAP_NOTE,
                        ClinicalContent.of(Map.of("subjective", "Addendum: guardian called the next morning.",
                                "objective", "", "assessment", "Fever resolved overnight.",
                                "plan", "No change to the plan; return if symptoms come back.")),
                        amended, amended, provider.userId(), note.id()));
                notes++;
            }
            double weightZ = random.nextInt(900) / 450.0 - 1;
            double lengthZ = random.nextInt(30) / 15.0 - 1;
            BigDecimal temperature = new BigDecimal("36." + (6 + random.nextInt(3)));
            DemoGrowth.Course course = courses.get(p.id());
            if (course != null) {
                weightZ = course.weightZTo();
                lengthZ = course.lengthZTo();
            }
            c.insert(growth.atVisit(p, v, weightZ, lengthZ, temperature, 80 + random.nextInt(40), 16 + random.nextInt(12)));
            if (v.appointmentType() == AppointmentType.SICK_VISIT) {
                c.insert(new Diagnosis(Ids.next(), p.id(), note.id(), random.nextBoolean() ? "J06.9" : "H66.90",
                        random.nextBoolean() ? "Acute upper respiratory infection" : "Otitis media, unspecified ear",
                        DiagnosisStatus.ACTIVE, LocalDate.ofInstant(v.startTime(), zone), null));
                c.insert(new MedicalRecord(Ids.next(), p.id(), provider.id(), v.id(), RecordType.PRESCRIPTION,
                        ClinicalContent.of(Map.of("drug", "Amoxicillin 400 mg/5 mL", "sig", "5 mL by mouth twice daily for 10 days", "refills", 0)),
                        v.endTime(), signed, provider.userId(), null));
            }
            if (v.appointmentType() == AppointmentType.VACCINATION || v.appointmentType() == AppointmentType.WELLNESS) {
                if (immunizations.fluShotAt(p, v, provider.userId()) && v.status() == AppointmentStatus.COMPLETED) {
                    visitsWithDoses.add(v.id());
                }
            }
        }
        Patient asthma = patients.get(3);
        c.insert(new Diagnosis(Ids.next(), asthma.id(), null, "J45.20", "Mild intermittent asthma, uncomplicated", DiagnosisStatus.CHRONIC, today.minusYears(2), null));
        c.insert(new Medication(Ids.next(), asthma.id(), dr.id(), "Albuterol HFA 90 mcg", "2 puffs", "Every 4 hours as needed", today.minusYears(2), null, ClinicalStatus.ACTIVE, null, null, null, null, null));
        c.insert(new Medication(Ids.next(), patients.get(1).id(), np.id(), "Cetirizine 5 mg/5 mL", "5 mL", "Once daily", today.minusMonths(8),
                today.minusMonths(5), ClinicalStatus.INACTIVE, today.minusMonths(5).atStartOfDay(zone).toInstant(), "Oral", null,
                MedicationInactivation.COMPLETED, "Allergy season over"));
        c.insert(new Allergy(Ids.next(), patients.get(0).id(), "Peanuts", "Hives, lip swelling", AllergySeverity.SEVERE, ClinicalStatus.ACTIVE, today.minusYears(3), null, null, null));
        c.insert(new Allergy(Ids.next(), patients.get(5).id(), "Amoxicillin", "Rash", AllergySeverity.MODERATE, ClinicalStatus.ACTIVE, today.minusYears(1), null, null, null));
        c.insert(new Allergy(Ids.next(), patients.get(9).id(), "Eggs", "Stomach upset (outgrown)", AllergySeverity.MILD, ClinicalStatus.INACTIVE,
                today.minusYears(4), today.minusYears(1).atStartOfDay(zone).toInstant(), AllergyInactivation.RESOLVED, "Outgrown; eats eggs without trouble"));

        // The growth children's well-child visits from birth, with a problem and medicines to match.
        growth.history(kabir, dr, courses.get(kabir.id()));
        growth.history(ethan, np, courses.get(ethan.id()));
        growth.history(maya, dr, courses.get(maya.id()));
        // Histories: Kabir on time, all given here (and the registry's duplicate of his first DTaP marked entered in
        // error); Maya's stop after six months, so she is behind; Ethan's birth dose from the hospital's NICU, then
        // on time here; the Garcia children's from their prior clinic; Lily's varicella immunity from chickenpox
        // seen here; everyone else's from the state registry.
        immunizations.givenHere(kabir, drUser.id(), 0, 24);
        immunizations.duplicateEnteredInError(kabir, "20", 2);
        immunizations.givenHere(maya, drUser.id(), 0, 7);
        immunizations.recorded(ethan, "Edward Hospital NICU, Naperville", 0, 1, Set.of());
        immunizations.givenHere(ethan, npUser.id(), 1, 24);
        Patient lily = patients.get(7);
        immunizations.hadChickenpox(lily, lily.dateOfBirth().plusMonths(10));
        for (int i = 0; i < patients.size(); i++) {
            Patient p = patients.get(i);
            if (i == 5 || i == 6) {
                immunizations.recorded(p, "Aurora Family Medicine (prior clinic)", 0, 240, Set.of());
            } else if (p != kabir && p != maya && p != ethan) {
                immunizations.recorded(p, DemoImmunizations.REGISTRY, 0, 240, p == lily ? Set.of(DemoImmunizations.VARICELLA_CVX) : Set.of());
            }
        }
        c.insert(new Diagnosis(Ids.next(), ethan.id(), null, "P07.35", "Preterm newborn, gestational age 33 completed weeks",
                DiagnosisStatus.CHRONIC, ethan.dateOfBirth(), null));
        c.insert(new Diagnosis(Ids.next(), maya.id(), null, "R62.51", "Failure to thrive (child)", DiagnosisStatus.ACTIVE,
                today.minusMonths(2), null));
        c.insert(new Diagnosis(Ids.next(), patients.get(0).id(), null, "L20.9", "Atopic dermatitis, unspecified", DiagnosisStatus.CHRONIC,
                today.minusYears(5), null));
        c.insert(new Diagnosis(Ids.next(), patients.get(4).id(), null, "H66.90", "Otitis media, unspecified, unspecified ear",
                DiagnosisStatus.RESOLVED, today.minusMonths(7), today.minusMonths(6)));
        c.insert(new Medication(Ids.next(), ethan.id(), np.id(), "Multivitamin with iron drops", "1 mL", "Once daily", ethan.dateOfBirth().plusMonths(1),
                null, ClinicalStatus.ACTIVE, null, "Oral", null, null, null));
        c.insert(new Medication(Ids.next(), patients.get(0).id(), null, "Hydrocortisone 2.5% cream", "Thin layer", "Twice daily to flares",
                today.minusYears(2), null, ClinicalStatus.ACTIVE, null, "Topical", "Dr. Lena Fischer (dermatology)", null, null));
        c.insert(new Medication(Ids.next(), maya.id(), dr.id(), "High-calorie formula supplement", "120 mL", "Twice daily", today.minusMonths(2),
                null, ClinicalStatus.ACTIVE, null, "Oral", null, null, null));

        // Membership invoices, stored sent (paid and overdue are worked out by the ledger, never stored): last month's
        // paid; this month's sent, a few partly paid at the desk; a few from two months back left unpaid, so overdue;
        // and one family that paid more than its month, holding the rest as credit on account.
        int invoices = 0;
        boolean familyCredit = false;
        for (int i = 0; i < subscriptions.size(); i++) {
            Subscription s = subscriptions.get(i);
            if (s.status() != SubscriptionStatus.ACTIVE) {
                continue;
            }
            MembershipPlan plan = plans.stream().filter(pl -> pl.id().equals(s.planId())).findFirst().orElseThrow();
            LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(1);
            Instant paidAt = lastMonth.plusDays(3).atTime(10, 15).atZone(zone).toInstant();
            Invoice paid = membershipInvoice(practiceId, s, plan, lastMonth, InvoiceStatus.SENT, lastMonth.plusDays(14), null, c);
            boolean inFamily = patients.stream().anyMatch(p -> p.id().equals(s.patientId()) && p.familyId() != null);
            BigDecimal extra = !familyCredit && inFamily ? new BigDecimal("50.00") : BigDecimal.ZERO;
            familyCredit |= extra.signum() > 0;
            Payment payment = c.insert(Payment.received(Ids.next(), s.patientId(), plan.monthlyFee().add(extra),
                    i % 3 == 0 ? PaymentMethod.HSA : PaymentMethod.CARD, paidAt, "ch_" + (900000 + i), adminId));
            c.insert(new PaymentAllocation(Ids.next(), payment.id(), paid.id(), plan.monthlyFee()));
            LocalDate thisMonth = today.withDayOfMonth(1);
            boolean late = i % 5 == 2;
            LocalDate issued = late ? lastMonth.minusMonths(1) : thisMonth;
            Invoice open = membershipInvoice(practiceId, s, plan, issued, InvoiceStatus.SENT, issued.plusDays(late ? 14 : 28), null, c);
            BigDecimal part = plan.monthlyFee().divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP);
            if (!late && i % 4 == 1 && part.signum() > 0) {
                Payment partly = c.insert(Payment.received(Ids.next(), s.patientId(), part, PaymentMethod.CASH,
                        thisMonth.atTime(9, 30).atZone(zone).toInstant(), null, adminId));
                c.insert(new PaymentAllocation(Ids.next(), partly.id(), open.id(), part));
            }
            invoices += 2;
        }
        for (Appointment v : visits) {
            if (v.status() == AppointmentStatus.COMPLETED && v.appointmentType() == AppointmentType.SICK_VISIT) {
                LocalDate day = LocalDate.ofInstant(v.startTime(), zone);
                BigDecimal strepTest = new BigDecimal("25.00");
                Invoice visitInvoice = c.insert(Invoice.visit(Ids.next(), v.patientId(), v.id(), InvoiceStatus.SENT, day, day.plusDays(30), null, strepTest));
                c.insert(InvoiceLineItem.of(Ids.next(), visitInvoice.id(), 1, "87880", "Rapid strep test", 1, strepTest));
                invoices++;
            }
        }

        c.insert(new StaffTask(Ids.next(), patients.get(3).id(), drUser.id(), "Review asthma action plan", "Update before winter", today.plusDays(2), TaskStatus.OPEN, TaskPriority.MEDIUM));
        c.insert(new StaffTask(Ids.next(), patients.get(0).id(), desk.id(), "Send EpiPen school form", null, today, TaskStatus.IN_PROGRESS, TaskPriority.HIGH));
        c.insert(new StaffTask(Ids.next(), null, desk.id(), "Call Lewis family back about membership", "Asked about sibling discount", today.minusDays(1), TaskStatus.OPEN, TaskPriority.HIGH));
        c.insert(new StaffTask(Ids.next(), null, adminId, "Renew vaccine fridge log", null, today.plusDays(7), TaskStatus.OPEN, TaskPriority.LOW));
        c.insert(new StaffTask(Ids.next(), patients.get(12).id(), npUser.id(), "Follow up on ear infection", null, today.minusDays(3), TaskStatus.DONE, TaskPriority.MEDIUM));
        c.insert(new StaffTask(Ids.next(), null, desk.id(), "Chase overdue membership invoices", null, today.plusDays(1), TaskStatus.OPEN, TaskPriority.MEDIUM));

        c.insert(new Contact(Ids.next(), ContactType.REFERRAL_DOCTOR, "Dr. Helen Allen", "Naperville Women's Health", "hallen@example.test", "(630) 555-0300", "Refers new parents"));
        c.insert(new Contact(Ids.next(), ContactType.REFERRAL_DOCTOR, "Dr. Marcus Ode", "Children's ENT Associates", null, "(312) 555-0301", "ENT referrals"));
        c.insert(new Contact(Ids.next(), ContactType.INSURANCE, "Provider services", "Blue Cross Blue Shield of Illinois", null, "(800) 555-0302", null));
        c.insert(new Contact(Ids.next(), ContactType.VENDOR, "Vaccine orders", "Midwest Medical Supply", "orders@example.test", "(630) 555-0303", "Order by Tuesday noon"));
        c.insert(new Contact(Ids.next(), ContactType.OTHER, "Nurse line", "DuPage Health Department", null, "(630) 555-0304", null));

        return new DemoSummary(patients.size(), PROSPECTS.size(), visits.size(), notes, invoices);
    }

    /** What the demo loaded. */
    public record DemoSummary(int patients, int prospects, int appointments, int notes, int invoices) {
        DemoSummary withInvoices(int made) {
            return new DemoSummary(patients, prospects, appointments, notes, made);
        }
    }

    /** A membership's whole-month invoice with its one line, keyed as the billing run keys it. */
    private static Invoice membershipInvoice(UUID practiceId, Subscription s, MembershipPlan plan, LocalDate month, InvoiceStatus status,
                                             LocalDate due, Instant paidAt, Changes c) {
        UUID id = Invoice.membershipInvoiceId(practiceId, s.id(), month, 0);
        Invoice invoice = c.insert(Invoice.membership(id, s.patientId(), s.id(), month, 0, status, month, due, paidAt, plan.monthlyFee()));
        c.insert(new InvoiceLineItem(Invoice.lineId(id, 1), id, null, plan.name() + " membership", 1, plan.monthlyFee(), plan.monthlyFee(),
                1, LineKind.CHARGE, plan.id(), month, month.plusMonths(1).minusDays(1), null));
        return invoice;
    }
}
