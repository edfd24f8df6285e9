package com.starlightdesk.app.print;

import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.Chart;
import com.starlightdesk.data.domain.ClinicalContent;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Letterhead;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientAge;
import com.starlightdesk.data.domain.RecordType;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.growth.Child;
import com.starlightdesk.data.growth.ChildGrowth;
import com.starlightdesk.data.growth.GrowthEntry;
import com.starlightdesk.data.growth.GrowthIndicator;
import com.starlightdesk.data.growth.GrowthReferences;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a family takes home from one visit: the practice's letterhead, the child, when and with whom the
 * visit was and why, the measurements taken with their percentiles, the assessment and plan of the signed
 * visit note, the child's active medicines and allergies, and the next visit booked. Made only from a
 * signed note: a draft is never printed. Immutable.
 *
 * @param ageAtVisit the child's age on the visit's day, in the clinic's form ("2 years 3 months")
 * @param allergies  the active allergies as printed ("Peanuts: hives (severe)"); empty with {@code allergyNote}
 *                   saying whether none are known or none were recorded
 * @param nextVisit  the next visit booked ("Tuesday, December 8, 2026 at 9:00 AM with Dr. Chen"), or null
 * @param signed     who signed the note and when ("Signed by Dr. Sarah Chen on Dec 3, 2026")
 */
public record VisitSummary(
        Letterhead letterhead,
        String childName,
        LocalDate birthDate,
        String sex,
        String ageAtVisit,
        ZonedDateTime visitAt,
        String provider,
        String reason,
        List<Measurement> measurements,
        String percentileNote,
        String assessment,
        String plan,
        List<String> medications,
        List<String> allergies,
        String allergyNote,
        String nextVisit,
        String signed) {

    /** One row of the visit's measurements: what, the value as entered (and its other unit), and its percentile (or ""). */
    public record Measurement(String name, String value, String percentile) {
    }

    /** A signed visit note a summary can be printed from: the note, the visit's time, the provider and the reason. */
    public record SignedVisit(UUID noteId, ZonedDateTime at, String provider, String reason) {
        /** As offered in a list: "Dec 3, 2026 · Dr. Sarah Chen · Ear pain". */
        public String label() {
            String text = Wording.DAY.format(at) + " · " + provider;
            return reason == null || reason.isBlank() ? text : text + " · " + reason;
        }
    }

    public VisitSummary {
        measurements = List.copyOf(measurements);
        medications = List.copyOf(medications);
        allergies = List.copyOf(allergies);
    }

    /** The chart's signed visit notes, newest first. */
    public static List<SignedVisit> signedVisits(Chart chart, Map<UUID, String> providerNames, ZoneId zone) {
        List<SignedVisit> visits = new ArrayList<>();
        for (MedicalRecord record : chart.records()) {
            if (isVisitNote(record)) {
                Optional<Appointment> visit = visitOf(chart, record);
                Instant at = visit.map(Appointment::startTime).orElse(record.recordedAt());
                visits.add(new SignedVisit(record.id(), at.atZone(zone), providerName(providerNames, providerOf(record, visit)),
                        visit.map(Appointment::chiefComplaint).orElse(null)));
            }
        }
        visits.sort(Comparator.comparing(SignedVisit::at).reversed().thenComparing(SignedVisit::noteId));
        return visits;
    }

    private static boolean isVisitNote(MedicalRecord record) {
        return record.recordType() == RecordType.SOAP_NOTE && record.isSigned() && !record.isAddendum();
    }

    /**
     * The summary of the visit whose signed note is {@code noteId}, as of {@code now}. Fails when the note is
     * not in the chart, or is not a signed visit note.
     */
    public static VisitSummary of(Letterhead letterhead, Chart chart, UUID noteId, Map<UUID, String> providerNames,
            ChildGrowth growth, Instant now) {
        MedicalRecord note = chart.records().stream().filter(r -> r.id().equals(noteId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the note is not in this chart"));
        if (!isVisitNote(note)) {
            throw new IllegalArgumentException("only a signed visit note is printed for the family");
        }
        ZoneId zone = growth.practiceZone();
        Patient patient = chart.patient();
        Optional<Appointment> visit = visitOf(chart, note);
        ZonedDateTime visitAt = visit.map(Appointment::startTime).orElse(note.recordedAt()).atZone(zone);
        LocalDate visitDay = visitAt.toLocalDate();

        List<Measurement> measurements = new ArrayList<>();
        String percentileNote = "";
        Optional<VitalSigns> vitals = vitalsOf(chart, visit, visitDay, zone);
        if (vitals.isPresent()) {
            Child child = Child.of(patient);
            GrowthEntry entry = growth.assess(child, vitals.get());
            measurements.addAll(Wording.measurements(vitals.get(), entry));
            percentileNote = percentileNote(entry, child, measurements);
        }

        String assessment = text(ClinicalContent.field(note.content(), "assessment"));
        String plan = text(ClinicalContent.field(note.content(), "plan"));
        // signed addenda correct the note: their assessment and plan follow the note's, dated
        List<MedicalRecord> addenda = chart.records().stream()
                .filter(r -> note.id().equals(r.amendsRecordId()) && r.isSigned())
                .sorted(Comparator.comparing(MedicalRecord::signedAt)).toList();
        for (MedicalRecord addendum : addenda) {
            String added = "Added " + Wording.DAY.format(addendum.signedAt().atZone(zone)) + ": ";
            String moreAssessment = text(ClinicalContent.field(addendum.content(), "assessment"));
            String morePlan = text(ClinicalContent.field(addendum.content(), "plan"));
            assessment = moreAssessment.isEmpty() ? assessment : (assessment.isEmpty() ? "" : assessment + "\n") + added + moreAssessment;
            plan = morePlan.isEmpty() ? plan : (plan.isEmpty() ? "" : plan + "\n") + added + morePlan;
        }

        List<String> medications = chart.medications().stream()
                .filter(m -> m.status() == ClinicalStatus.ACTIVE)
                .sorted(Comparator.comparing(Medication::name, String.CASE_INSENSITIVE_ORDER))
                .map(Wording::medication).toList();
        List<String> allergies = chart.allergies().stream()
                .filter(a -> a.status() == ClinicalStatus.ACTIVE)
                .sorted(Comparator.comparing((Allergy a) -> a.severity().ordinal()).reversed().thenComparing(Allergy::substance))
                .map(Wording::allergy).toList();
        String allergyNote = !allergies.isEmpty() ? ""
                : patient.noKnownAllergiesAt() != null ? "No known allergies."
                : "No allergies are recorded. Please tell us about any allergy your child has.";

        String next = chart.appointments().stream()
                .filter(a -> a.startTime().isAfter(now) && a.startTime().isAfter(visitAt.toInstant()))
                .filter(a -> a.status() == AppointmentStatus.SCHEDULED || a.status() == AppointmentStatus.CONFIRMED)
                .min(Comparator.comparing(Appointment::startTime))
                .map(a -> Wording.WHEN.format(a.startTime().atZone(zone)) + " with " + providerName(providerNames, a.providerId())
                        + (a.chiefComplaint() == null || a.chiefComplaint().isBlank() ? "" : " (" + a.chiefComplaint() + ")"))
                .orElse(null);

        String signed = "Signed by " + providerName(providerNames, providerOf(note, visit)) + " on "
                + Wording.DAY.format(note.signedAt().atZone(zone));
        return new VisitSummary(letterhead, patient.firstName() + " " + patient.lastName(), patient.dateOfBirth(),
                Wording.sex(patient.gender()), PatientAge.of(patient.dateOfBirth(), visitDay), visitAt,
                providerName(providerNames, providerOf(note, visit)), visit.map(Appointment::chiefComplaint).orElse(null),
                measurements, percentileNote, assessment, plan, medications, allergies, allergyNote, next, signed);
    }

    private static String percentileNote(GrowthEntry entry, Child child, List<Measurement> measurements) {
        if (measurements.stream().allMatch(m -> m.percentile().isEmpty())) {
            return child.sex().isEmpty() ? "Growth percentiles are given for girls and boys; none are shown here." : "";
        }
        String note = "A percentile compares your child with children of the same age and sex: at the 60th percentile, "
                + "60 in 100 children measure less. "
                + (entry.age().chartDays() < GrowthReferences.SWITCH_AGE_DAYS
                        ? "Under 2 years we use the WHO growth standards." : "From 2 years we use the CDC growth charts.");
        if (entry.age().corrected()) {
            note += " Percentiles use the age corrected for prematurity (born at " + child.gestationalAgeDays() / 7 + " weeks).";
        }
        return note;
    }

    private static Optional<Appointment> visitOf(Chart chart, MedicalRecord note) {
        if (note.appointmentId() == null) {
            return Optional.empty();
        }
        return chart.appointments().stream().filter(a -> a.id().equals(note.appointmentId())).findFirst();
    }

    private static UUID providerOf(MedicalRecord note, Optional<Appointment> visit) {
        return note.providerId() != null ? note.providerId() : visit.map(Appointment::providerId).orElse(null);
    }

    /** The visit's vitals: those taken at the visit, else the last ones measured on the visit's day. */
    private static Optional<VitalSigns> vitalsOf(Chart chart, Optional<Appointment> visit, LocalDate day, ZoneId zone) {
        if (visit.isPresent()) {
            Optional<VitalSigns> atVisit = chart.vitals().stream()
                    .filter(v -> visit.get().id().equals(v.appointmentId()))
                    .max(Comparator.comparing(VitalSigns::measuredAt));
            if (atVisit.isPresent()) {
                return atVisit;
            }
        }
        return chart.vitals().stream()
                .filter(v -> LocalDate.ofInstant(v.measuredAt(), zone).equals(day))
                .max(Comparator.comparing(VitalSigns::measuredAt));
    }

    private static String providerName(Map<UUID, String> names, UUID providerId) {
        String name = providerId == null ? null : names.get(providerId);
        return name == null ? "your provider" : name;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** The percentile of {@code indicator}'s measurement in {@code entry}, as printed, or "". */
    static String percentileOf(GrowthEntry entry, GrowthIndicator indicator) {
        return entry.assessment(indicator).map(a -> Wording.percentile(a.percentile())).orElse("");
    }
}
