package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.AllergyInactivation;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * A patient's allergies as the chart keeps them, under the rules every desk shares. An allergy names its
 * substance, may say the reaction, has a severity and the date it was noted (not after today in the
 * practice's zone). It is never deleted: it is inactivated with a reason (resolved, or entered in error)
 * and an optional note, and one that resolved can be made active again. "No known allergies" is recorded
 * explicitly, with the time (the audit log keeps who), only while the patient has no active allergy;
 * adding or reactivating an allergy clears it in the same transaction. Each failure is a
 * {@link ValidationException} naming the field. Writes go through {@link PracticeData#write}, so they
 * sync and are audited like every change of a chart. Anyone at the practice may record allergies (the
 * front desk asks at check-in). Thread-safe; every call blocks on the store.
 */
public final class AllergyList {
    private final PracticeData data;

    public AllergyList(PracticeData data) {
        this.data = data;
    }

    /** The patient's allergies: the active ones first, then the inactive; each the most recently noted first. */
    public List<Allergy> of(UUID patientId) {
        return data.chart().allergies(patientId);
    }

    /** Records a new, active allergy and clears a recorded "no known allergies". */
    public Allergy add(Allergy allergy) {
        if (allergy.status() != ClinicalStatus.ACTIVE) {
            throw new ValidationException("status", "of a new allergy is active");
        }
        checkNotedOn(allergy.notedOn());
        return data.write(changes -> {
            Patient patient = patient(changes, allergy.patientId());
            Allergy saved = changes.insert(allergy);
            clearNoKnownAllergies(changes, patient);
            return saved;
        });
    }

    /** Saves a correction of an active allergy (substance, reaction, severity, noted on). */
    public Allergy edit(Allergy allergy) {
        checkNotedOn(allergy.notedOn());
        return data.write(changes -> {
            Allergy stored = find(changes, allergy.id());
            if (!stored.patientId().equals(allergy.patientId())) {
                throw new ValidationException("patientId", "cannot change: an allergy stays on its patient's chart");
            }
            if (stored.status() != ClinicalStatus.ACTIVE) {
                throw new ValidationException("status", "is inactive: reactivate the allergy before changing it");
            }
            if (allergy.status() != ClinicalStatus.ACTIVE) {
                throw new ValidationException("status", "changes by inactivating the allergy, with a reason");
            }
            return changes.update(allergy);
        });
    }

    /** Inactivates an active allergy for {@code reason}, with an optional note. */
    public Allergy inactivate(UUID id, AllergyInactivation reason, String note) {
        if (reason == null) {
            throw new ValidationException("inactivationReason", "is required: resolved, or entered in error");
        }
        return data.write(changes -> {
            Allergy stored = find(changes, id);
            if (stored.status() != ClinicalStatus.ACTIVE) {
                throw new ValidationException("status", "is already inactive");
            }
            return changes.update(stored.inactivate(changes.now(), reason, note));
        });
    }

    /**
     * Makes an allergy that resolved active again (it came back), and clears a recorded "no known
     * allergies". One entered in error stays inactive: it never applied.
     */
    public Allergy reactivate(UUID id) {
        return data.write(changes -> {
            Allergy stored = find(changes, id);
            if (stored.status() == ClinicalStatus.ACTIVE) {
                throw new ValidationException("status", "is already active");
            }
            if (stored.inactivationReason() == AllergyInactivation.ENTERED_IN_ERROR) {
                throw new ValidationException("status", "was entered in error: add the allergy anew if it applies");
            }
            Patient patient = patient(changes, stored.patientId());
            Allergy active = changes.update(new Allergy(stored.id(), stored.patientId(), stored.substance(), stored.reaction(),
                    stored.severity(), ClinicalStatus.ACTIVE, stored.notedOn(), null, null, null));
            clearNoKnownAllergies(changes, patient);
            return active;
        });
    }

    /**
     * Records that the patient has no known allergies, now. Refused while an allergy is active: it
     * would contradict the chart.
     */
    public Patient recordNoKnownAllergies(UUID patientId) {
        return data.write(changes -> {
            Patient patient = patient(changes, patientId);
            int active = changes.queries(AllergyQueries.class).active(patientId).size();
            if (active > 0) {
                throw new ValidationException("noKnownAllergies", "cannot be recorded while " + (active == 1
                        ? "an allergy is active" : active + " allergies are active") + ": inactivate them first");
            }
            return changes.update(withNoKnownAllergiesAt(patient, changes.now()));
        });
    }

    private void checkNotedOn(LocalDate notedOn) {
        if (notedOn != null && notedOn.isAfter(today())) {
            throw new ValidationException("notedOn", "is in the future");
        }
    }

    private LocalDate today() {
        return LocalDate.now(data.clock().withZone(data.office().practice().orElseThrow().zone()));
    }

    private static void clearNoKnownAllergies(Changes changes, Patient patient) {
        if (patient.noKnownAllergiesAt() != null) {
            changes.update(withNoKnownAllergiesAt(patient, null));
        }
    }

    private static Allergy find(Changes changes, UUID id) {
        return changes.queries(AllergyQueries.class).allergy(id)
                .orElseThrow(() -> new NoSuchElementException("No allergy with id " + id));
    }

    private static Patient patient(Changes changes, UUID id) {
        return changes.queries(PatientQueries.class).findById(id)
                .orElseThrow(() -> new NoSuchElementException("No patient with id " + id));
    }

    private static Patient withNoKnownAllergiesAt(Patient p, Instant at) {
        return new Patient(p.id(), p.firstName(), p.lastName(), p.dateOfBirth(), p.gender(), p.parentGuardian(), p.email(),
                p.phone(), p.address(), p.insuranceProvider(), p.insuranceId(), p.insuranceGroup(), p.familyId(), p.status(),
                p.pipelineStage(), p.feeOverride(), p.referredBy(), p.notes(), p.isActive(), p.primaryProviderId(),
                p.gestationalAgeDays(), at);
    }
}
