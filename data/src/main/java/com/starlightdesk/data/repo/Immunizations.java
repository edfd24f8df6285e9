package com.starlightdesk.data.repo;

import com.starlightdesk.data.codes.ImmunizationCodes;
import com.starlightdesk.data.codes.ObservationCode;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.ChartPart;
import com.starlightdesk.data.domain.DoseErrorReason;
import com.starlightdesk.data.domain.Fields;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ImmunizationRecord;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.domain.ObservationRemoval;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A patient's immunization record under the rules every desk shares. A dose given here is of an active CVX
 * vaccine, given today or earlier but not before the child was born, by an active user of the practice, from a
 * lot not expired that day, with its manufacturer, route, volume and site; a historical dose (a prior clinic,
 * the state registry) of any CVX code needs only the day and the source's name, and several are recorded at
 * once or not at all. The same vaccine on the same day is recorded once. A dose is corrected in place or marked
 * entered in error with a reason, never deleted. Refusals and the CDSi schedule's observations are added, each
 * code of the kind the schedule uses it as, and removed with a reason. Each failure is a
 * {@link ValidationException} naming the field (in a batch, {@code doses[i].field}). Only a provider or an admin
 * may change the record. Writes go through {@link PracticeData#write}, so they sync and are audited like every
 * change of a chart; {@link #open} records the read of the record as the chart's sections do.
 * Thread-safe; every call blocks on the store.
 */
public final class Immunizations {
    private final PracticeData data;
    private final ImmunizationCodes codes;

    public Immunizations(PracticeData data) {
        this(data, ImmunizationCodes.bundled());
    }

    Immunizations(PracticeData data, ImmunizationCodes codes) {
        this.data = data;
        this.codes = codes;
    }

    /** The patient's record (doses and observations, newest first), as a chart already open reads it again. */
    public ImmunizationRecord of(UUID patientId) {
        ImmunizationQueries queries = data.immunizationQueries();
        return new ImmunizationRecord(queries.doses(patientId), queries.observations(patientId));
    }

    /** The patient's record, the read recorded in the audit log (who looked at which patient's immunizations). */
    public ImmunizationRecord open(UUID patientId) {
        data.auditChartSection(patientId, ChartPart.IMMUNIZATIONS);
        return of(patientId);
    }

    /**
     * The practice's latest dose of {@code cvx} given here from a lot that has not expired today: its lot,
     * manufacturer, expiry, route, site and volume start the form of the next dose of that vaccine.
     */
    public Optional<Immunization> lastLot(String cvx) {
        return data.immunizationQueries().lastGivenHere(Immunization.cvx("cvx", cvx), today());
    }

    /** Records a dose given here. */
    public Immunization give(Immunization dose) {
        checkCharting();
        if (dose.source() != ImmunizationSource.GIVEN_HERE) {
            throw new ValidationException("source", "of a dose given here is 'given here': record other doses as historical");
        }
        LocalDate today = today();
        return data.write(changes -> {
            check(changes, dose, null, today);
            return changes.insert(dose);
        });
    }

    /**
     * Records historical doses of one patient, all or none: the first bad one fails the whole batch, named as
     * {@code doses[i].field} (i from 0, in the order given).
     */
    public List<Immunization> recordHistory(UUID patientId, List<Immunization> doses) {
        checkCharting();
        Fields.required("patientId", patientId);
        if (doses.isEmpty()) {
            throw new ValidationException("doses", "are required: at least one vaccine and date");
        }
        LocalDate today = today();
        return data.write(changes -> {
            List<Immunization> written = new ArrayList<>();
            Set<String> batch = new HashSet<>();
            for (int i = 0; i < doses.size(); i++) {
                Immunization dose = doses.get(i);
                try {
                    if (!dose.patientId().equals(patientId)) {
                        throw new ValidationException("patientId", "is another patient's: a batch is of one patient");
                    }
                    if (dose.source() != ImmunizationSource.HISTORICAL) {
                        throw new ValidationException("source", "of a recorded dose is 'historical'");
                    }
                    if (!batch.add(dose.cvx() + "@" + dose.givenOn())) {
                        throw new ValidationException("givenOn", "repeats another row: the same vaccine on the same day");
                    }
                    check(changes, dose, null, today);
                } catch (ValidationException e) {
                    throw new ValidationException("doses[" + i + "]." + e.field(), e.getMessage().substring(e.field().length() + 2));
                }
                written.add(changes.insert(dose));
            }
            return written;
        });
    }

    /** Saves a correction of a dose not marked entered in error (its patient and source stay as they are). */
    public Immunization correct(Immunization changed) {
        checkCharting();
        LocalDate today = today();
        return data.write(changes -> {
            Immunization stored = find(changes, changed.id());
            if (!stored.patientId().equals(changed.patientId())) {
                throw new ValidationException("patientId", "cannot change: a dose stays on its patient's chart (mark it entered in error)");
            }
            if (stored.source() != changed.source()) {
                throw new ValidationException("source", "cannot change: record the dose again and mark this one entered in error");
            }
            if (stored.isEnteredInError() || changed.isEnteredInError()) {
                throw new ValidationException("errorReason", "a dose entered in error is not changed");
            }
            check(changes, changed, stored, today);
            return changes.update(changed);
        });
    }

    /** Marks a dose entered in error: it then counts for nothing but stays on the chart with the reason. */
    public Immunization markEnteredInError(UUID id, DoseErrorReason reason, String note) {
        checkCharting();
        if (reason == null) {
            throw new ValidationException("errorReason", "is required: say why the dose was entered in error");
        }
        return data.write(changes -> {
            Immunization stored = find(changes, id);
            if (stored.isEnteredInError()) {
                throw new ValidationException("errorReason", "the dose is already marked entered in error");
            }
            return changes.update(stored.enteredInError(changes.now(), reason, note));
        });
    }

    /** Adds a refusal or a schedule observation. */
    public ImmunizationObservation addObservation(ImmunizationObservation observation) {
        checkCharting();
        LocalDate today = today();
        if (observation.vaccineGroup() != null && !codes.vaccineGroups().contains(observation.vaccineGroup())) {
            throw new ValidationException("vaccineGroup", "is not one of the schedule's vaccine groups (e.g. MMR, DTaP/Tdap/Td)");
        }
        if (observation.kind() != ObservationKind.REFUSAL) {
            ObservationCode code = codes.observation(observation.observationCode())
                    .orElseThrow(() -> new ValidationException("observationCode", "is not one of the schedule's observation codes"));
            if (!code.kinds().contains(observation.kind())) {
                throw new ValidationException("kind", "does not fit the code: the schedule uses it as " + kinds(code));
            }
        }
        return data.write(changes -> {
            Patient patient = patient(changes, observation.patientId());
            notBeforeBirth("observedOn", observation.observedOn(), patient);
            if (observation.observedOn().isAfter(today)) {
                throw new ValidationException("observedOn", "is in the future");
            }
            if (observation.isRemoved()) {
                throw new ValidationException("removalReason", "applies to an observation on the chart only");
            }
            return changes.insert(observation);
        });
    }

    /** Removes an observation from the chart for {@code reason}; it stays in the record, marked. */
    public ImmunizationObservation removeObservation(UUID id, ObservationRemoval reason, String note) {
        checkCharting();
        if (reason == null) {
            throw new ValidationException("removalReason", "is required: entered in error, or no longer applies");
        }
        return data.write(changes -> {
            ImmunizationObservation stored = changes.queries(ImmunizationQueries.class).observation(id)
                    .orElseThrow(() -> new NoSuchElementException("No immunization observation with id " + id));
            if (stored.isRemoved()) {
                throw new ValidationException("removalReason", "the observation is already removed");
            }
            return changes.update(stored.removed(changes.now(), reason, note));
        });
    }

    /** The checks that need the store, the code lists or today; {@code stored} is the row a correction replaces. */
    private void check(Changes changes, Immunization dose, Immunization stored, LocalDate today) {
        boolean historical = dose.source() == ImmunizationSource.HISTORICAL;
        if (stored == null || !stored.cvx().equals(dose.cvx())) {
            codes.requireVaccine("cvx", dose.cvx(), historical);
        }
        Patient patient = patient(changes, dose.patientId());
        if (dose.givenOn().isAfter(today)) {
            throw new ValidationException("givenOn", "is in the future");
        }
        notBeforeBirth("givenOn", dose.givenOn(), patient);
        if (dose.administeredBy() != null && (stored == null || !dose.administeredBy().equals(stored.administeredBy()))) {
            User user = data.office().user(dose.administeredBy())
                    .orElseThrow(() -> new ValidationException("administeredBy", "is not one of the practice's users"));
            if (!user.isActive()) {
                throw new ValidationException("administeredBy", "is a deactivated user");
            }
        }
        if (dose.appointmentId() != null) {
            Appointment visit = changes.queries(AppointmentQueries.class).findById(dose.appointmentId())
                    .orElseThrow(() -> new ValidationException("appointmentId", "is not one of the practice's visits"));
            if (!visit.patientId().equals(dose.patientId())) {
                throw new ValidationException("appointmentId", "is another patient's visit");
            }
        }
        for (Immunization other : changes.queries(ImmunizationQueries.class).doses(dose.patientId())) {
            if (!other.id().equals(dose.id()) && !other.isEnteredInError() && other.cvx().equals(dose.cvx())
                    && other.givenOn().equals(dose.givenOn())) {
                throw new ValidationException("givenOn", "already has a dose of this vaccine on the chart");
            }
        }
    }

    private static void notBeforeBirth(String field, LocalDate day, Patient patient) {
        if (day.isBefore(patient.dateOfBirth())) {
            throw new ValidationException(field, "is before the patient was born");
        }
    }

    private static String kinds(ObservationCode code) {
        List<String> names = code.kinds().stream().sorted().map(k -> k.label().toLowerCase(java.util.Locale.ROOT)).toList();
        return String.join(" or ", names);
    }

    private void checkCharting() {
        Role role = data.office().user(data.actorId()).filter(User::isActive).map(User::role).orElse(null);
        if (role != Role.PROVIDER && role != Role.ADMIN) {
            throw new SecurityException("Only a provider or an admin can change a patient's immunization record");
        }
    }

    private LocalDate today() {
        return LocalDate.now(data.clock().withZone(data.office().practice().orElseThrow().zone()));
    }

    private static Patient patient(Changes changes, UUID patientId) {
        return changes.queries(PatientQueries.class).findById(patientId)
                .orElseThrow(() -> new ValidationException("patientId", "is not one of the practice's patients"));
    }

    private static Immunization find(Changes changes, UUID id) {
        return changes.queries(ImmunizationQueries.class).dose(id)
                .orElseThrow(() -> new NoSuchElementException("No dose with id " + id));
    }
}
