package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Fields;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.MedicationInactivation;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;

/**
 * A patient's medications as the chart keeps them, under the rules every desk shares. A medication names
 * the drug, may give the dose, route and frequency, starts on a date and may stop on one not before it; it
 * was prescribed by one of the practice's providers or by an outside prescriber named in words, not both.
 * It is never deleted: it is stopped (the stop date set, inactivated as stopped or completed) or marked
 * entered in error with a note saying why. A change of an active medication's dose or frequency keeps the
 * history: the old row stops on the day of the change (stopped, "dose changed") and a new row starts
 * that day, so the chart shows both. Each failure is a {@link ValidationException} naming the field.
 * Medications are clinical: only a provider or an admin may change them. Writes go through
 * {@link PracticeData#write}, so they sync and are audited like every change of a chart.
 * Thread-safe; every call blocks on the store.
 */
public final class MedicationList {
    /** The routes offered by name; any other is typed in words. */
    public static final List<String> ROUTES = List.of("oral", "topical", "inhaled", "IM", "SC", "IV", "ophthalmic", "otic",
            "nasal", "rectal");

    private final PracticeData data;

    public MedicationList(PracticeData data) {
        this.data = data;
    }

    /** The patient's medications: the active ones first, then the history; each the most recently started first. */
    public List<Medication> of(UUID patientId) {
        return data.chart().medications(patientId);
    }

    /** A route as stored: one of {@link #ROUTES} in its own spelling whatever the case typed, else the words typed. */
    public static String route(String typed) {
        String route = Fields.optionalText("route", typed, 50);
        if (route == null) {
            return null;
        }
        return ROUTES.stream().filter(r -> r.equalsIgnoreCase(route)).findFirst().orElse(route);
    }

    /**
     * Records a new medication. One whose stop date has already passed is recorded as a completed course,
     * in the history.
     */
    public Medication start(Medication medication) {
        checkCharting();
        if (medication.status() != ClinicalStatus.ACTIVE) {
            throw new ValidationException("status", "of a new medication is active");
        }
        checkPrescriber(medication, null);
        LocalDate today = today();
        return data.write(changes -> {
            Medication row = withRoute(medication);
            if (row.endedOn() != null && row.endedOn().isBefore(today)) {
                row = row.inactivate(changes.now(), MedicationInactivation.COMPLETED, null);
            }
            return changes.insert(row);
        });
    }

    /**
     * Saves a change of an active medication. A change of its dose or frequency stops the stored row on
     * {@code changedOn} (not before it started, not after today) and starts a new row with the new values
     * that day; the new row is returned. Any other change corrects the row itself.
     */
    public Medication edit(Medication changed, LocalDate changedOn) {
        checkCharting();
        LocalDate today = today();
        return data.write(changes -> {
            Medication stored = find(changes, changed.id());
            if (!stored.patientId().equals(changed.patientId())) {
                throw new ValidationException("patientId", "cannot change: a medication stays on its patient's chart");
            }
            if (stored.status() != ClinicalStatus.ACTIVE) {
                throw new ValidationException("status", "is inactive: only an active medication is changed");
            }
            if (changed.status() != ClinicalStatus.ACTIVE) {
                throw new ValidationException("status", "changes by stopping the medication, with a reason");
            }
            checkPrescriber(changed, stored);
            Medication row = withRoute(changed);
            boolean doseChanged = !Objects.equals(stored.dosage(), row.dosage());
            boolean frequencyChanged = !Objects.equals(stored.frequency(), row.frequency());
            if (!doseChanged && !frequencyChanged) {
                return changes.update(row);
            }
            if (changedOn == null) {
                throw new ValidationException("changedOn", "is required: the day the new dose starts");
            }
            if (changedOn.isBefore(stored.startedOn())) {
                throw new ValidationException("changedOn", "is before the medication started");
            }
            if (changedOn.isAfter(today)) {
                throw new ValidationException("changedOn", "is in the future");
            }
            String note = doseChanged && frequencyChanged ? "dose and frequency changed" : doseChanged ? "dose changed" : "frequency changed";
            Medication old = ended(stored, changedOn).inactivate(changes.now(), MedicationInactivation.STOPPED, note);
            Medication next = new Medication(Ids.next(), row.patientId(), row.prescribedBy(), row.name(), row.dosage(), row.frequency(),
                    changedOn, row.endedOn(), ClinicalStatus.ACTIVE, null, row.route(), row.prescriber(), null, null);
            changes.update(old);
            return changes.insert(next);
        });
    }

    /**
     * Stops an active medication on {@code stoppedOn} (not before it started, not after today) for
     * {@code reason}, stopped or completed, with an optional note.
     */
    public Medication stop(UUID id, MedicationInactivation reason, LocalDate stoppedOn, String note) {
        checkCharting();
        if (reason == null) {
            throw new ValidationException("inactivationReason", "is required: stopped, or completed");
        }
        if (reason == MedicationInactivation.ENTERED_IN_ERROR) {
            throw new ValidationException("inactivationReason", "is stopped or completed: a medication entered in error is marked so, with a note");
        }
        if (stoppedOn == null) {
            throw new ValidationException("endedOn", "is required: the day the medication stopped");
        }
        if (stoppedOn.isAfter(today())) {
            throw new ValidationException("endedOn", "is in the future: give it as the stop date of the active medication");
        }
        return data.write(changes -> {
            Medication stored = find(changes, id);
            if (stored.status() != ClinicalStatus.ACTIVE) {
                throw new ValidationException("status", "is already inactive");
            }
            if (stoppedOn.isBefore(stored.startedOn())) {
                throw new ValidationException("endedOn", "is before the medication started");
            }
            return changes.update(ended(stored, stoppedOn).inactivate(changes.now(), reason, note));
        });
    }

    /** Marks a medication, active or in the history, as entered in error; {@code note} says what was wrong. */
    public Medication markEnteredInError(UUID id, String note) {
        checkCharting();
        String why = Fields.optionalText("inactivationNote", note, 500);
        if (why == null) {
            throw new ValidationException("inactivationNote", "is required: say what was wrong");
        }
        return data.write(changes -> {
            Medication stored = find(changes, id);
            if (stored.inactivationReason() == MedicationInactivation.ENTERED_IN_ERROR) {
                throw new ValidationException("status", "is already marked entered in error");
            }
            Instant at = stored.inactivatedAt() == null ? changes.now() : stored.inactivatedAt();
            return changes.update(stored.inactivate(at, MedicationInactivation.ENTERED_IN_ERROR, why));
        });
    }

    private void checkCharting() {
        Role role = data.office().user(data.actorId()).filter(User::isActive).map(User::role).orElse(null);
        if (role != Role.PROVIDER && role != Role.ADMIN) {
            throw new SecurityException("Only a provider or an admin can change a patient's medications");
        }
    }

    private void checkPrescriber(Medication medication, Medication stored) {
        if (medication.prescribedBy() != null && medication.prescriber() != null) {
            throw new ValidationException("prescriber", "is either one of the practice's providers or an outside prescriber, not both");
        }
        UUID providerId = medication.prescribedBy();
        if (providerId == null || (stored != null && providerId.equals(stored.prescribedBy()))) {
            return;
        }
        Provider provider = data.office().provider(providerId)
                .orElseThrow(() -> new ValidationException("prescribedBy", "is not one of the practice's providers"));
        if (!provider.isActive()) {
            throw new ValidationException("prescribedBy", "is a deactivated provider");
        }
    }

    private LocalDate today() {
        return LocalDate.now(data.clock().withZone(data.office().practice().orElseThrow().zone()));
    }

    private static Medication withRoute(Medication m) {
        return new Medication(m.id(), m.patientId(), m.prescribedBy(), m.name(), m.dosage(), m.frequency(), m.startedOn(), m.endedOn(),
                m.status(), m.inactivatedAt(), route(m.route()), m.prescriber(), m.inactivationReason(), m.inactivationNote());
    }

    private static Medication ended(Medication m, LocalDate endedOn) {
        return new Medication(m.id(), m.patientId(), m.prescribedBy(), m.name(), m.dosage(), m.frequency(), m.startedOn(), endedOn,
                m.status(), m.inactivatedAt(), m.route(), m.prescriber(), m.inactivationReason(), m.inactivationNote());
    }

    private static Medication find(Changes changes, UUID id) {
        return changes.queries(MedicationQueries.class).medication(id)
                .orElseThrow(() -> new NoSuchElementException("No medication with id " + id));
    }
}
