package com.starlightdesk.bench.chart;

import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.store.UnlockException;
import com.starlightdesk.data.codes.DiagnosisCodes;
import com.starlightdesk.data.demo.PracticeGenerator;
import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.AllergyInactivation;
import com.starlightdesk.data.domain.AllergySeverity;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Chart;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.DiagnosisStatus;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.LabFlag;
import com.starlightdesk.data.domain.LabResult;
import com.starlightdesk.data.domain.LengthPosition;
import com.starlightdesk.data.domain.LengthUnit;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.MedicationInactivation;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Prescription;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.ProviderColor;
import com.starlightdesk.data.domain.RecordType;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.SoapNote;
import com.starlightdesk.data.domain.Subscription;
import com.starlightdesk.data.domain.SubscriptionStatus;
import com.starlightdesk.data.domain.TemperatureUnit;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.domain.WeightUnit;
import com.starlightdesk.data.growth.Child;
import com.starlightdesk.data.growth.ChildGrowth;
import com.starlightdesk.data.growth.GrowthIndicator;
import com.starlightdesk.data.growth.GrowthReferences;
import com.starlightdesk.data.growth.Sex;
import com.starlightdesk.data.growth.VitalsEntry;
import com.starlightdesk.data.repo.AllergyList;
import com.starlightdesk.data.repo.MedicationList;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.ProblemList;
import com.starlightdesk.data.repo.VisitNotes;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The chart benchmark's practice: Dr. Prajapati's demo practice, {@code others} generated patients with
 * their visits, notes, vitals and bills, a provider who signs in, and one twelve-year-old followed since
 * birth whose chart holds {@value #ENTRIES} entries: 120 visits (six cancelled or missed, two ahead), 99
 * signed visit notes with 13 signed addenda and one draft, 100 sets of vitals, 18 problems (13 resolved),
 * 24 medications (20 courses stopped or completed), 5 allergies (one resolved), 40 lab results and 80
 * prescriptions, all signed. The child's entries are written through the product's own rules (visit notes,
 * problem, medication and allergy lists, vitals entry) as the provider, each on its day: the clock the
 * writes see moves along the child's life. Deterministic apart from ids and today's date.
 */
public final class LongChart {
    public static final int ENTRIES = 500;
    public static final String EMAIL = "dr.ines.halloran@starlight-peds.test";
    public static final String PASSWORD = "starlight-chart-bench-2026";
    public static final String FIRST_NAME = "Rowan";
    public static final String LAST_NAME = "Halloran";

    private static final int VISITS = 120;
    private static final int UPCOMING = 2;
    private static final int SIGNED_NOTES = 99;
    private static final int ADDENDA = 13;
    private static final int VITALS = 100;
    private static final int LAB_RESULTS = 40;
    private static final int PRESCRIPTIONS = 80;

    /** The practice as built: whose chart to open, and what it holds per kind of entry. */
    public record Built(UUID practiceId, UUID patientId, Map<String, Integer> entries, int timelineLines, long patients) {
        public int total() {
            return entries.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A clock the child's writes read: set to each entry's moment before it is written. */
    private static final class ChartDay extends Clock {
        private final ZoneId zone;
        private volatile Instant now;

        ChartDay(ZoneId zone, Instant now) {
            this.zone = zone;
            this.now = now;
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            ChartDay same = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return other;
                }

                @Override
                public Clock withZone(ZoneId again) {
                    return same.withZone(again);
                }

                @Override
                public Instant instant() {
                    return same.now;
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Random random = new Random(500);
    private final GrowthReferences references = new GrowthReferences();

    private LongChart() {
    }

    /** Builds the practice in {@code stores}' (empty) folder with {@code others} generated patients. */
    public static Built create(PracticeStores stores, int others) throws IOException {
        return new LongChart().build(stores, others);
    }

    /** The practice {@link #create} built before in {@code stores}' folder, as its provider finds it. */
    public static Built reopen(PracticeStores stores) throws IOException, UnlockException {
        UUID practiceId = stores.list().get(0).practiceId();
        try (Session session = stores.signIn(practiceId, EMAIL, PASSWORD.toCharArray())) {
            PracticeData data = session.data();
            Patient child = data.patientSearch().find(LAST_NAME + " " + FIRST_NAME, 5).stream()
                    .filter(p -> p.firstName().equals(FIRST_NAME) && p.lastName().equals(LAST_NAME)).findFirst().orElseThrow();
            Chart chart = data.rereadChart(child.id());
            Map<String, Integer> entries = new LinkedHashMap<>();
            entries.put("visits", chart.appointments().size());
            entries.put("records", chart.records().size());
            entries.put("vitals", chart.vitals().size());
            entries.put("problems", chart.diagnoses().size());
            entries.put("medications", chart.medications().size());
            entries.put("allergies", chart.allergies().size());
            return new Built(practiceId, child.id(), entries, chart.timeline(session.zone()).size(), data.patients().count());
        }
    }

    private Built build(PracticeStores stores, int others) throws IOException {
        try (Session session = stores.create("Starlight Pediatrics (chart benchmark)", "America/Chicago", "Bench Admin",
                "chart.bench.admin@starlight-peds.test", PASSWORD.toCharArray())) {
            stores.loadDemo(session);
            PracticeData admin = session.data();
            ZoneId zone = session.zone();
            User doctor = session.store().addUser(new User(Ids.next(), EMAIL, "Dr. Ines Halloran", Role.PROVIDER, null, true),
                    PASSWORD.toCharArray());
            Provider provider = admin.write(c -> c.insert(new Provider(Ids.next(), doctor.id(), "Dr. Ines Halloran", "Pediatrics",
                    EMAIL, ProviderColor.PALETTE.get(3).color().hex(), true)));
            List<Provider> providers = admin.office().providers();
            List<MembershipPlan> plans = admin.billing().plans();
            session.store().bulkLoad(() -> new PracticeGenerator(2026).generate(admin, others, providers, plans, rows -> { }));

            LocalDate today = LocalDate.now(admin.clock().withZone(zone));
            LocalDate born = today.minusYears(12).minusMonths(3).minusDays(11);
            Patient child = admin.write(c -> c.insert(new Patient(Ids.next(), FIRST_NAME, LAST_NAME, born, Gender.MALE,
                    "Siobhan Halloran", "siobhan.halloran@example.test", "(630) 555-0188", null, "Blue Cross Blue Shield", "M771203",
                    "GRP-102", null, PatientStatus.ACTIVE, null, null, null, null, true, provider.id(), null, null)));
            MembershipPlan plan = plans.stream().filter(p -> p.covers(born, today)).findFirst().orElseThrow();
            admin.writeAll(c -> c.insert(new Subscription(Ids.next(), child.id(), plan.id(), today.minusYears(3).withDayOfMonth(1), null,
                    SubscriptionStatus.ACTIVE, null)));

            ChartDay clock = new ChartDay(zone, born.atTime(9, 0).atZone(zone).toInstant());
            PracticeData doctorData = PracticeData.open(session.store().dataSource(), admin.practiceId(), doctor.id(), clock);
            Map<String, Integer> entries = session.store().bulkLoad(() -> chart(doctorData, clock, zone, child, provider, today));
            Chart chart = admin.rereadChart(child.id());
            int lines = chart.timeline(zone).size();
            int total = entries.values().stream().mapToInt(Integer::intValue).sum();
            int stored = chart.appointments().size() + chart.records().size() + chart.vitals().size() + chart.diagnoses().size()
                    + chart.medications().size() + chart.allergies().size();
            if (total != ENTRIES || stored != ENTRIES) {
                throw new IllegalStateException("the chart holds " + stored + " entries (" + total + " written), not " + ENTRIES);
            }
            return new Built(admin.practiceId(), child.id(), entries, lines, admin.patients().count());
        }
    }

    private Map<String, Integer> chart(PracticeData data, ChartDay clock, ZoneId zone, Patient child, Provider provider,
            LocalDate today) {
        VisitNotes notes = data.visitNotes();
        AllergyList allergies = new AllergyList(data);
        MedicationList medications = new MedicationList(data);
        ProblemList problems = new ProblemList(data, DiagnosisCodes.icd10cm());
        VitalsEntry vitals = new VitalsEntry(data, new ChildGrowth(references, zone));
        Map<String, Integer> written = new LinkedHashMap<>();

        // Visits from the first days of life to two weeks ago, closer together in the first two years, and two ahead.
        LocalDate born = child.dateOfBirth();
        long span = ChronoUnit.DAYS.between(born, today.minusDays(14));
        List<Appointment> visits = new ArrayList<>();
        int past = VISITS - UPCOMING;
        for (int i = 0; i < past; i++) {
            double share = Math.pow((i + 0.5) / past, 1.35);
            LocalDate day = born.plusDays(Math.max(3, Math.round(share * span)));
            if (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(8 - day.getDayOfWeek().getValue());
            }
            boolean missed = i % 20 == 13;
            AppointmentType type = i % 4 == 0 ? AppointmentType.CHECKUP : i % 4 == 1 ? AppointmentType.SICK_VISIT
                    : i % 4 == 2 ? AppointmentType.FOLLOWUP : i % 8 == 3 ? AppointmentType.VACCINATION : AppointmentType.SICK_VISIT;
            visits.add(visit(data, clock, zone, child, provider, day, LocalTime.of(8 + i % 9, i % 2 == 0 ? 0 : 30), type,
                    missed ? (i % 40 == 13 ? AppointmentStatus.CANCELLED : AppointmentStatus.NO_SHOW) : AppointmentStatus.COMPLETED));
        }
        clock.set(today.atTime(8, 0).atZone(zone).toInstant());
        visits.add(visit(data, clock, zone, child, provider, today.plusDays(5), LocalTime.of(15, 30), AppointmentType.FOLLOWUP,
                AppointmentStatus.SCHEDULED));
        visits.add(visit(data, clock, zone, child, provider, today.plusDays(40), LocalTime.of(9, 0), AppointmentType.CHECKUP,
                AppointmentStatus.SCHEDULED));
        written.put("visits", visits.size());

        List<Appointment> completed = visits.stream().filter(v -> v.status() == AppointmentStatus.COMPLETED).toList();
        Set<Integer> withoutVitals = IntStream.range(0, completed.size()).filter(c -> c % 9 == 4).boxed().collect(Collectors.toSet());
        Set<Integer> withoutNote = IntStream.range(0, completed.size()).filter(c -> c % 9 == 7).boxed().collect(Collectors.toSet());
        Set<Integer> labs = firstOf(shuffled(completed.size()), LAB_RESULTS);
        Set<Integer> prescriptions = firstOf(shuffled(completed.size()), PRESCRIPTIONS);

        // Problems: two chronic and three current, thirteen acute ones that resolved, each from a visit.
        List<String> acute = List.of("H66.90", "J06.9", "J02.0", "A08.4", "B34.9", "J02.9", "L01.00", "R50.9", "B08.4", "H10.9",
                "J20.9", "B35.4", "H66.91");
        Map<Integer, String> problemAt = new LinkedHashMap<>();
        for (int k = 0; k < acute.size(); k++) {
            problemAt.put(3 + k * 8, acute.get(k));
        }
        int noteCount = 0;
        int addenda = 0;
        int vitalsCount = 0;
        int labCount = 0;
        int rxCount = 0;
        int problemCount = 0;
        int medicationCount = 0;
        List<MedicalRecord> signedNotes = new ArrayList<>();
        for (int c = 0; c < completed.size(); c++) {
            Appointment v = completed.get(c);
            LocalDate day = LocalDate.ofInstant(v.startTime(), zone);
            if (!withoutVitals.contains(c)) {
                clock.set(v.startTime().plus(6, ChronoUnit.MINUTES));
                if (!vitals.save(Child.of(child), vitalsAt(child, v, zone, c), true).isEmpty()) {
                    throw new IllegalStateException("vitals not saved");
                }
                vitalsCount++;
            }
            List<UUID> linked = new ArrayList<>();
            String code = problemAt.get(c);
            if (code != null) {
                clock.set(v.endTime());
                Diagnosis problem = problems.add(child.id(), code, DiagnosisStatus.ACTIVE, day, null);
                linked.add(problem.id());
                problemCount++;
            }
            if (!withoutNote.contains(c)) {
                clock.set(v.endTime());
                MedicalRecord draft = notes.startNote(child.id(), v.id(), null);
                notes.saveDraft(draft.id(), note(v, c, code, linked));
                if (noteCount < SIGNED_NOTES) {
                    clock.set(v.endTime().plus(3, ChronoUnit.HOURS));
                    signedNotes.add(notes.sign(draft.id()));
                }
                noteCount++;
            }
            if (code != null) {
                LocalDate resolved = day.plusDays(10 + c % 5);
                clock.set(resolved.atTime(12, 0).atZone(zone).toInstant());
                problems.resolve(linked.get(0), resolved);
            }
            if (labs.contains(c)) {
                clock.set(v.endTime().plus(1, ChronoUnit.HOURS));
                MedicalRecord lab = notes.addLabResult(child.id(), v.id(), lab(c, day));
                clock.set(v.endTime().plus(26, ChronoUnit.HOURS));
                notes.sign(lab.id());
                labCount++;
            }
            if (prescriptions.contains(c)) {
                clock.set(v.endTime().plus(10, ChronoUnit.MINUTES));
                MedicalRecord rx = notes.addPrescription(child.id(), v.id(), prescription(c));
                notes.sign(rx.id());
                rxCount++;
            }
            // Courses of medicine: twenty started at visits and stopped or completed some days later.
            if (c % 5 == 1 && medicationCount < 20) {
                clock.set(v.endTime().plus(12, ChronoUnit.MINUTES));
                String[] course = COURSES[medicationCount % COURSES.length];
                Medication started = medications.start(new Medication(Ids.next(), child.id(), provider.id(), course[0], course[1],
                        course[2], day, null, ClinicalStatus.ACTIVE, null, course[3], null, null, null));
                LocalDate stopped = day.plusDays(5 + medicationCount % 6);
                clock.set(stopped.atTime(17, 0).atZone(zone).toInstant());
                medications.stop(started.id(), medicationCount % 4 == 3 ? MedicationInactivation.STOPPED : MedicationInactivation.COMPLETED,
                        stopped, medicationCount % 4 == 3 ? "Stomach upset; family stopped it" : null);
                medicationCount++;
            }
        }
        // The signed notes' addenda: a correction under every eighth note, a day later.
        for (int k = 2; k < signedNotes.size() && addenda < ADDENDA; k += 8) {
            MedicalRecord note = signedNotes.get(k);
            clock.set(note.signedAt().plus(1, ChronoUnit.DAYS));
            MedicalRecord addendum = notes.startAddendum(note.id());
            notes.saveDraft(addendum.id(), new SoapNote("Addendum: guardian called the next day.", "",
                    "Symptoms improving as expected.", "No change to the plan; return if the fever comes back.", List.of()));
            notes.sign(addendum.id());
            addenda++;
        }

        // Chronic and current problems, current medicines and allergies, each recorded when it began.
        problemCount += current(problems, clock, zone, child, born);
        medicationCount += currentMedicines(medications, clock, zone, child, provider, born);
        int allergyCount = allergies(allergies, clock, zone, child, born);

        written.put("signed visit notes", signedNotes.size());
        written.put("signed addenda", addenda);
        written.put("draft notes", noteCount - signedNotes.size());
        written.put("vitals", vitalsCount);
        written.put("problems", problemCount);
        written.put("medications", medicationCount);
        written.put("allergies", allergyCount);
        written.put("lab results", labCount);
        written.put("prescriptions", rxCount);
        if (vitalsCount != VITALS || addenda != ADDENDA) {
            throw new IllegalStateException("vitals " + vitalsCount + ", addenda " + addenda);
        }
        return written;
    }

    private static final String[][] COURSES = {
        {"Amoxicillin 400 mg/5 mL", "45 mg/kg/day", "Twice daily for 10 days", "oral"},
        {"Cefdinir 250 mg/5 mL", "7 mg/kg", "Twice daily for 10 days", "oral"},
        {"Azithromycin 200 mg/5 mL", "10 mg/kg day 1, then 5 mg/kg", "Once daily for 5 days", "oral"},
        {"Prednisolone 15 mg/5 mL", "1 mg/kg", "Once daily for 5 days", "oral"},
        {"Ondansetron 4 mg ODT", "4 mg", "Every 8 hours as needed", "oral"},
        {"Mupirocin 2% ointment", "Thin layer", "Three times daily for 7 days", "topical"},
        {"Ofloxacin 0.3% otic", "5 drops", "Twice daily for 7 days", "otic"},
    };

    private Appointment visit(PracticeData data, ChartDay clock, ZoneId zone, Patient child, Provider provider, LocalDate day,
            LocalTime at, AppointmentType type, AppointmentStatus status) {
        Instant start = day.atTime(at).atZone(zone).toInstant();
        if (status != AppointmentStatus.SCHEDULED) {
            clock.set(start.minus(Duration.ofDays(3)));
        }
        String complaint = switch (type) {
            case CHECKUP -> "Well-child visit";
            case SICK_VISIT -> SICK[random.nextInt(SICK.length)];
            case FOLLOWUP -> "Follow-up";
            case VACCINATION -> "Vaccines due";
            case WELLNESS -> "Sports physical";
        };
        return data.write(c -> c.insert(new Appointment(Ids.next(), child.id(), provider.id(), start, start.plus(30, ChronoUnit.MINUTES),
                status, type, complaint, null)));
    }

    private static final String[] SICK = {"Ear pain", "Fever since yesterday", "Cough and runny nose", "Sore throat", "Rash",
        "Vomiting since last night", "Wheezing", "Pink eye"};

    private VitalSigns vitalsAt(Patient child, Appointment visit, ZoneId zone, int c) {
        Sex sex = Sex.of(child.gender()).orElseThrow();
        double ageDays = ChronoUnit.DAYS.between(child.dateOfBirth(), LocalDate.ofInstant(visit.startTime(), zone));
        double weightZ = 0.4 + 0.3 * Math.sin(c / 9.0);
        double lengthZ = 0.6 + 0.2 * Math.cos(c / 11.0);
        boolean lying = ageDays < GrowthReferences.SWITCH_AGE_DAYS;
        BigDecimal head = ageDays < 36 * 30.4375
                ? BigDecimal.valueOf(at(GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE, sex, ageDays, 0.3)).setScale(1, RoundingMode.HALF_UP) : null;
        boolean older = ageDays > 3 * 365;
        return new VitalSigns(Ids.next(), child.id(), visit.startTime().plus(5, ChronoUnit.MINUTES),
                BigDecimal.valueOf(at(GrowthIndicator.WEIGHT_FOR_AGE, sex, ageDays, weightZ)).setScale(3, RoundingMode.HALF_UP),
                BigDecimal.valueOf(at(GrowthIndicator.LENGTH_FOR_AGE, sex, ageDays, lengthZ)).setScale(1, RoundingMode.HALF_UP), head,
                new BigDecimal("36." + (6 + c % 4)), Math.max(70, 140 - (int) (ageDays / 60)), Math.max(16, 40 - (int) (ageDays / 200)),
                visit.id(), WeightUnit.KG, LengthUnit.CM, TemperatureUnit.C, lying ? LengthPosition.RECUMBENT : LengthPosition.STANDING,
                older ? 100 + c % 12 : null, older ? 60 + c % 9 : null, older ? 97 + c % 3 : null);
    }

    /** The measurement at z-score {@code z} for the age, by bisection (z rises with the measurement). */
    private double at(GrowthIndicator indicator, Sex sex, double ageDays, double z) {
        double low = 0.5;
        double high = 250;
        for (int i = 0; i < 50; i++) {
            double mid = (low + high) / 2;
            double found = references.byAge(indicator, sex, ageDays, mid, null).orElseThrow().z();
            if (found < z) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private static SoapNote note(Appointment v, int c, String code, List<UUID> linked) {
        String subjective = v.chiefComplaint() + ". Guardian reports " + (c % 3 == 0 ? "good appetite and sleep; no concerns at home or school."
                : "symptoms for " + (1 + c % 4) + " days, eating and drinking less than usual, no sick contacts outside school.")
                + " Asthma controlled: rescue inhaler used " + c % 3 + " times in the last month; no night waking.";
        String objective = "Alert, well appearing, well hydrated. HEENT: " + (code != null && code.startsWith("H66")
                ? "right tympanic membrane bulging and erythematous." : "tympanic membranes clear, oropharynx normal.")
                + " Lungs clear without wheeze. Heart regular, no murmur. Abdomen soft. Skin without rash.";
        String assessment = code != null ? "Acute illness (" + code + "), uncomplicated." : v.appointmentType() == AppointmentType.CHECKUP
                ? "Healthy child, growing along his curves; development appropriate for age." : "Stable; no new concerns.";
        String plan = "Supportive care, fluids and rest. Reviewed the asthma action plan and when to return: fever over three days,"
                + " trouble breathing, fewer wet diapers or less urine. Next well visit as scheduled.";
        return new SoapNote(subjective, objective, assessment, plan, linked);
    }

    private static LabResult lab(int c, LocalDate day) {
        return switch (c % 5) {
            case 0 -> new LabResult("Rapid strep antigen", c % 2 == 0 ? "Negative" : "Positive", null, "Negative",
                    c % 2 == 0 ? LabFlag.NORMAL : LabFlag.ABNORMAL, day);
            case 1 -> new LabResult("Hemoglobin", "12." + c % 10, "g/dL", "11.5-15.5", LabFlag.NORMAL, day);
            case 2 -> new LabResult("Lead, blood", "<2", "µg/dL", "<3.5", LabFlag.NORMAL, day);
            case 3 -> new LabResult("Vitamin D, 25-hydroxy", String.valueOf(18 + c % 20), "ng/mL", "30-100",
                    18 + c % 20 < 30 ? LabFlag.ABNORMAL : LabFlag.NORMAL, day);
            default -> new LabResult("Urinalysis, dipstick", "Negative for leukocytes, nitrite and blood", null, "Negative",
                    LabFlag.NORMAL, day);
        };
    }

    private static Prescription prescription(int c) {
        return switch (c % 6) {
            case 0 -> new Prescription("Amoxicillin 400 mg/5 mL", "45 mg/kg/day", "oral", "Twice daily for 10 days", 150, 0,
                    "Shake well; finish the course.");
            case 1 -> new Prescription("Albuterol HFA 90 mcg", "2 puffs", "inhaled", "Every 4 hours as needed", 1, 2,
                    "With spacer; for cough or wheeze.");
            case 2 -> new Prescription("Fluticasone HFA 44 mcg", "2 puffs", "inhaled", "Twice daily", 1, 5,
                    "Rinse mouth after use.");
            case 3 -> new Prescription("Cetirizine 1 mg/mL", "5 mL", "oral", "Once daily", 120, 3, null);
            case 4 -> new Prescription("Ibuprofen 100 mg/5 mL", "10 mg/kg", "oral", "Every 6 hours as needed", 120, 0,
                    "With food; for pain or fever.");
            default -> new Prescription("Cefdinir 250 mg/5 mL", "7 mg/kg", "oral", "Twice daily for 10 days", 60, 0, null);
        };
    }

    private static int current(ProblemList problems, ChartDay clock, ZoneId zone, Patient child, LocalDate born) {
        Object[][] current = {
            {"J45.20", DiagnosisStatus.CHRONIC, born.plusYears(4).plusMonths(2)},
            {"L20.9", DiagnosisStatus.CHRONIC, born.plusMonths(7)},
            {"J30.2", DiagnosisStatus.ACTIVE, born.plusYears(6)},
            {"F90.2", DiagnosisStatus.ACTIVE, born.plusYears(8).plusMonths(5)},
            {"R51.9", DiagnosisStatus.ACTIVE, born.plusYears(12)},
        };
        for (Object[] p : current) {
            LocalDate on = (LocalDate) p[2];
            clock.set(on.atTime(11, 0).atZone(zone).toInstant());
            problems.add(child.id(), (String) p[0], (DiagnosisStatus) p[1], on, null);
        }
        return current.length;
    }

    private static int currentMedicines(MedicationList medications, ChartDay clock, ZoneId zone, Patient child, Provider provider,
            LocalDate born) {
        Object[][] current = {
            {"Albuterol HFA 90 mcg", "2 puffs", "Every 4 hours as needed", "inhaled", born.plusYears(4).plusMonths(2)},
            {"Fluticasone HFA 44 mcg", "2 puffs", "Twice daily", "inhaled", born.plusYears(7)},
            {"Cetirizine 10 mg", "10 mg", "Once daily", "oral", born.plusYears(6)},
            {"Methylphenidate ER 18 mg", "18 mg", "Every morning", "oral", born.plusYears(8).plusMonths(6)},
        };
        for (Object[] m : current) {
            LocalDate on = (LocalDate) m[4];
            clock.set(on.atTime(11, 15).atZone(zone).toInstant());
            medications.start(new Medication(Ids.next(), child.id(), provider.id(), (String) m[0], (String) m[1], (String) m[2], on,
                    null, ClinicalStatus.ACTIVE, null, (String) m[3], null, null, null));
        }
        return current.length;
    }

    private static int allergies(AllergyList allergies, ChartDay clock, ZoneId zone, Patient child, LocalDate born) {
        Object[][] noted = {
            {"Egg", "Hives after scrambled egg", AllergySeverity.MILD, born.plusMonths(9)},
            {"Peanut", "Lip swelling, vomiting", AllergySeverity.SEVERE, born.plusYears(2)},
            {"Cashew", "Itchy mouth", AllergySeverity.MODERATE, born.plusYears(3)},
            {"Sulfamethoxazole-trimethoprim", "Widespread rash", AllergySeverity.MODERATE, born.plusYears(5)},
            {"Dust mites", "Sneezing, itchy eyes", AllergySeverity.MILD, born.plusYears(6)},
        };
        Allergy egg = null;
        for (Object[] a : noted) {
            LocalDate on = (LocalDate) a[3];
            clock.set(on.atTime(10, 0).atZone(zone).toInstant());
            Allergy added = allergies.add(new Allergy(Ids.next(), child.id(), (String) a[0], (String) a[1], (AllergySeverity) a[2],
                    ClinicalStatus.ACTIVE, on, null, null, null));
            egg = egg == null ? added : egg;
        }
        clock.set(born.plusYears(5).plusMonths(3).atTime(10, 0).atZone(zone).toInstant());
        allergies.inactivate(egg.id(), AllergyInactivation.RESOLVED, "Outgrown: passed a baked-egg challenge");
        return noted.length;
    }

    private List<Integer> shuffled(int n) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(order, random);
        return order;
    }

    private static Set<Integer> firstOf(List<Integer> order, int n) {
        return Set.copyOf(order.subList(0, n));
    }
}
