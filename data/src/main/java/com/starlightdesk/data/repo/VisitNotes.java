package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.DefaultNoteTemplates;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.LabResult;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.NoteKind;
import com.starlightdesk.data.domain.NoteTemplate;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Prescription;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.RecordType;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.SignedRecordException;
import com.starlightdesk.data.domain.SoapNote;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Visit notes, lab results and prescriptions as the chart writes them, under the rules the Notes section,
 * the Note templates page and sync share:
 * <ul>
 *   <li>providers and admins write drafts (staff do not chart); a draft is saved in place as often as the
 *       provider types;</li>
 *   <li>only a provider signs (the acting user's role), which stamps {@code signed_at} and {@code signed_by};</li>
 *   <li>a signed record is never changed or deleted ({@link SignedRecordException}, enforced by {@link Changes}
 *       for every writer); a correction is an addendum, a new note that names the signed note and is itself
 *       signed;</li>
 *   <li>the assessment links problems of the same patient (their ids are kept in the note's content);</li>
 *   <li>admins keep the practice's note templates.</li>
 * </ul>
 * Bad input fails as {@link ValidationException} naming the field. Thread-safe; every call blocks on the store.
 */
public final class VisitNotes {
    private final PracticeData data;

    public VisitNotes(PracticeData data) {
        this.data = data;
    }

    // ---- reads -------------------------------------------------------------------------------------------

    /** Every note, lab result, prescription and vaccination of a patient, newest first. */
    public List<MedicalRecord> records(UUID patientId) {
        return data.chart().records(patientId);
    }

    /** One record, as stored now. */
    public MedicalRecord record(UUID id) {
        return data.chart().record(id).orElseThrow(() -> new NoSuchElementException("No clinical record with id " + id));
    }

    /** The note of a visit (not an addendum), if one was started. */
    public Optional<MedicalRecord> noteOfVisit(UUID appointmentId) {
        return data.notes().notesOfVisit(appointmentId).stream().filter(r -> !r.isAddendum()).findFirst();
    }

    /** Every template, active or not, in the order the chooser lists them. */
    public List<NoteTemplate> templates() {
        return data.notes().templates();
    }

    /** The templates offered when a note is started. */
    public List<NoteTemplate> activeTemplates() {
        return templates().stream().filter(NoteTemplate::isActive).toList();
    }

    /**
     * The template a note for {@code patient} on {@code day} starts from: the sick-visit template for a sick
     * visit, else the well-child template for the child's age in completed months (the narrowest that fits),
     * else none.
     */
    public Optional<NoteTemplate> templateFor(Patient patient, LocalDate day, AppointmentType visitType) {
        return suggest(activeTemplates(), patient.dateOfBirth(), day, visitType);
    }

    /** The suggestion of {@link #templateFor} among {@code templates}. */
    public static Optional<NoteTemplate> suggest(List<NoteTemplate> templates, LocalDate born, LocalDate day, AppointmentType visitType) {
        if (visitType == AppointmentType.SICK_VISIT || visitType == AppointmentType.FOLLOWUP) {
            Optional<NoteTemplate> sick = templates.stream().filter(t -> t.isActive() && t.kind() == NoteKind.SICK_VISIT).findFirst();
            if (sick.isPresent()) {
                return sick;
            }
        }
        if (born == null || day.isBefore(born)) {
            return Optional.empty();
        }
        int months = (int) Period.between(born, day).toTotalMonths();
        return templates.stream()
                .filter(t -> t.isActive() && t.kind() == NoteKind.WELL_CHILD && t.fits(months))
                .min(Comparator.comparingInt(VisitNotes::width).thenComparing(NoteTemplate::name));
    }

    private static int width(NoteTemplate t) {
        return (t.maxAgeMonths() == null ? NoteTemplate.MAX_AGE_MONTHS : t.maxAgeMonths()) - (t.minAgeMonths() == null ? 0 : t.minAgeMonths());
    }

    // ---- notes -------------------------------------------------------------------------------------------

    /**
     * Starts a draft note for a patient, for a visit ({@code appointmentId}, may be null) and from a template
     * ({@code templateId}, may be null: an empty note). A visit that has its note already gets that note back.
     */
    public MedicalRecord startNote(UUID patientId, UUID appointmentId, UUID templateId) {
        User actor = mayChart();
        if (appointmentId != null) {
            Optional<MedicalRecord> existing = noteOfVisit(appointmentId);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Appointment visit = appointmentId == null ? null : data.appointments().findById(appointmentId)
                .filter(a -> a.patientId().equals(patientId))
                .orElseThrow(() -> new ValidationException("appointmentId", "is not a visit of this patient"));
        SoapNote text = templateId == null ? SoapNote.EMPTY : data.notes().template(templateId)
                .orElseThrow(() -> new ValidationException("templateId", "is not a template of this practice")).note();
        MedicalRecord draft = new MedicalRecord(Ids.next(), patient(patientId).id(), providerFor(actor, visit), appointmentId,
                RecordType.SOAP_NOTE, text.content(), data.clock().instant(), null, null, null);
        return data.write(c -> c.insert(draft));
    }

    /**
     * Opens the note of a visit (from the calendar): the note already started, or a new draft from the template
     * that suits the visit ({@link #templateFor}: sick-visit template for a sick visit, else well-child by age).
     */
    public MedicalRecord startVisitNote(UUID appointmentId) {
        mayChart();
        Optional<MedicalRecord> existing = noteOfVisit(appointmentId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Appointment visit = data.appointments().findById(appointmentId)
                .orElseThrow(() -> new ValidationException("appointmentId", "is not a visit of this practice"));
        Patient patient = patient(visit.patientId());
        LocalDate day = LocalDate.ofInstant(visit.startTime(), zone());
        UUID templateId = templateFor(patient, day, visit.appointmentType()).map(NoteTemplate::id).orElse(null);
        return startNote(patient.id(), appointmentId, templateId);
    }

    /**
     * Saves a draft's four parts and linked problems over the stored draft. Fails with
     * {@link SignedRecordException} once the note is signed (here or on another desk, once synced).
     */
    public MedicalRecord saveDraft(UUID recordId, SoapNote note) {
        mayChart();
        MedicalRecord stored = record(recordId);
        requireType(stored, RecordType.SOAP_NOTE);
        checkProblems(stored.patientId(), note.diagnosisIds());
        return data.write(c -> c.update(stored.withContent(note.content())));
    }

    /**
     * Signs a record (note, addendum, lab result or prescription): providers only. From then on it is never
     * changed. A blank note is not signed.
     */
    public MedicalRecord sign(UUID recordId) {
        User actor = actor();
        if (actor == null || actor.role() != Role.PROVIDER) {
            throw new ValidationException("signedBy", "only a provider signs clinical records");
        }
        MedicalRecord stored = record(recordId);
        if (stored.isSigned()) {
            throw new SignedRecordException(stored.recordType());
        }
        if (stored.recordType() == RecordType.SOAP_NOTE && SoapNote.fromContent(stored.content()).isBlank()) {
            throw new ValidationException("content", "a blank note cannot be signed");
        }
        return data.write(c -> c.update(stored.signed(c.now(), actor.id())));
    }

    /**
     * Starts an addendum to a signed note: a new draft note of the same patient and visit that names the
     * signed note (an addendum to an addendum names the note they both correct).
     */
    public MedicalRecord startAddendum(UUID signedNoteId) {
        User actor = mayChart();
        MedicalRecord note = record(signedNoteId);
        if (note.recordType() != RecordType.SOAP_NOTE) {
            throw new ValidationException("amendsRecordId", "an addendum corrects a visit note");
        }
        if (note.isAddendum()) {
            note = record(note.amendsRecordId());
        }
        if (!note.isSigned()) {
            throw new ValidationException("amendsRecordId", "an addendum corrects a signed note; edit the draft instead");
        }
        Appointment visit = note.appointmentId() == null ? null : data.appointments().findById(note.appointmentId()).orElse(null);
        MedicalRecord addendum = new MedicalRecord(Ids.next(), note.patientId(), providerFor(actor, visit), note.appointmentId(),
                RecordType.SOAP_NOTE, SoapNote.EMPTY.content(), data.clock().instant(), null, null, note.id());
        return data.write(c -> c.insert(addendum));
    }

    /** Discards a draft (a tombstone that syncs); a signed record is refused. */
    public void discardDraft(UUID recordId) {
        mayChart();
        data.writeAll(c -> c.softDelete(MedicalRecord.class, recordId));
    }

    // ---- lab results and prescriptions -------------------------------------------------------------------

    /** Records a lab result as a draft (signed later); the collection date may not lie ahead of today. */
    public MedicalRecord addLabResult(UUID patientId, UUID appointmentId, LabResult lab) {
        User actor = mayChart();
        checkCollected(lab);
        return insertRecord(actor, patientId, appointmentId, RecordType.LAB_RESULT, lab.content());
    }

    /** Saves a draft lab result again; refused once signed. */
    public MedicalRecord saveLabResult(UUID recordId, LabResult lab) {
        mayChart();
        checkCollected(lab);
        MedicalRecord stored = record(recordId);
        requireType(stored, RecordType.LAB_RESULT);
        return data.write(c -> c.update(stored.withContent(lab.content())));
    }

    /** Records a prescription as a draft (signed later). */
    public MedicalRecord addPrescription(UUID patientId, UUID appointmentId, Prescription prescription) {
        User actor = mayChart();
        return insertRecord(actor, patientId, appointmentId, RecordType.PRESCRIPTION, prescription.content());
    }

    /** Saves a draft prescription again; refused once signed. */
    public MedicalRecord savePrescription(UUID recordId, Prescription prescription) {
        mayChart();
        MedicalRecord stored = record(recordId);
        requireType(stored, RecordType.PRESCRIPTION);
        return data.write(c -> c.update(stored.withContent(prescription.content())));
    }

    private MedicalRecord insertRecord(User actor, UUID patientId, UUID appointmentId, RecordType type, String content) {
        Appointment visit = appointmentId == null ? null : data.appointments().findById(appointmentId)
                .filter(a -> a.patientId().equals(patientId))
                .orElseThrow(() -> new ValidationException("appointmentId", "is not a visit of this patient"));
        MedicalRecord row = new MedicalRecord(Ids.next(), patient(patientId).id(), providerFor(actor, visit), appointmentId, type,
                content, data.clock().instant(), null, null, null);
        return data.write(c -> c.insert(row));
    }

    private void checkCollected(LabResult lab) {
        if (lab.collectedOn().isAfter(LocalDate.now(data.clock().withZone(zone())))) {
            throw new ValidationException("collectedOn", "is in the future");
        }
    }

    // ---- templates ---------------------------------------------------------------------------------------

    /** Adds or saves a template: admins only. */
    public NoteTemplate saveTemplate(NoteTemplate template) {
        User actor = actor();
        if (actor == null || actor.role() != Role.ADMIN) {
            throw new ValidationException("role", "only an admin changes the practice's note templates");
        }
        boolean exists = data.notes().template(template.id()).isPresent();
        return data.write(c -> exists ? c.update(template) : c.insert(template));
    }

    /**
     * Gives a practice that has no templates yet the default ones ({@link DefaultNoteTemplates}): a new
     * practice, the demo. Returns how many were added. Not restricted by role (it runs as the first admin).
     */
    public int addDefaultTemplatesIfNone() {
        if (!data.notes().templates().isEmpty()) {
            return 0;
        }
        List<NoteTemplate> defaults = DefaultNoteTemplates.all();
        data.writeAll(c -> c.insertAll(defaults));
        return defaults.size();
    }

    // ---- rules -------------------------------------------------------------------------------------------

    private User actor() {
        return data.office().user(data.actorId()).orElse(null);
    }

    private User mayChart() {
        User actor = actor();
        if (actor == null || !(actor.role() == Role.PROVIDER || actor.role() == Role.ADMIN)) {
            throw new ValidationException("role", "only providers and admins write clinical records");
        }
        return actor;
    }

    private Patient patient(UUID patientId) {
        return data.patients().findById(patientId).orElseThrow(() -> new ValidationException("patientId", "is not a patient of this practice"));
    }

    /** The provider a record is written by: the acting user's own provider, else the visit's provider. */
    private UUID providerFor(User actor, Appointment visit) {
        List<Provider> own = data.office().providersOfUser(actor.id());
        if (!own.isEmpty()) {
            return own.get(0).id();
        }
        return visit == null ? null : visit.providerId();
    }

    private void checkProblems(UUID patientId, List<UUID> diagnosisIds) {
        if (diagnosisIds.isEmpty()) {
            return;
        }
        Set<UUID> problems = data.chart().diagnoses(patientId).stream().map(Diagnosis::id).collect(Collectors.toSet());
        if (!problems.containsAll(diagnosisIds)) {
            throw new ValidationException("diagnosisIds", "names a problem that is not in this chart");
        }
    }

    /** The record is of {@code type} and still a draft (a stale editor's save of a signed record is refused too). */
    private static void requireType(MedicalRecord record, RecordType type) {
        if (record.isSigned()) {
            throw new SignedRecordException(record.recordType());
        }
        if (record.recordType() != type) {
            throw new ValidationException("recordType", "is " + record.recordType().code() + ", not " + type.code());
        }
    }

    private ZoneId zone() {
        return data.office().practice().map(p -> p.zone()).orElse(ZoneId.of("UTC"));
    }
}
