package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Fields;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PhoneNumber;
import com.starlightdesk.data.domain.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A patient's household: the siblings who share its {@code family_id}, and the guardian, phone and address
 * they share. Staff edit those once and apply them to the siblings they choose, add a sibling (who joins
 * the household; a patient in none gets a new household with the first sibling) or link a patient already
 * in the practice into it. Each of these is one transaction through {@link PracticeData#write}, so the rows
 * change and sync together or not at all, and only changed fields are written. Thread-safe; every call
 * blocks on the store.
 */
public final class Households {
    private final PracticeData data;

    public Households(PracticeData data) {
        this.data = data;
    }

    /** The guardian, phone and address a household shares, as typed (the phone is kept in the practice's form). */
    public record SharedContact(String guardian, String phone, Address address) {
    }

    /** {@code patientId} and the siblings in its household, eldest first (the patient alone when in none). */
    public List<Patient> members(UUID patientId) {
        Patient patient = find(patientId);
        return patient.familyId() == null ? List.of(patient) : data.patients().family(patient.familyId());
    }

    /**
     * Gives each of {@code to} (members of {@code patientId}'s household, the patient included) the shared
     * guardian, phone and address in one transaction; returns the patients as saved. A patient outside the
     * household is refused at {@code siblings}, and nothing is written.
     */
    public List<Patient> applyContact(UUID patientId, SharedContact contact, Collection<UUID> to) {
        String guardian = Fields.optionalText("parentGuardian", contact.guardian(), 200);
        String phone = PhoneNumber.of("phone", contact.phone());
        Address address = contact.address() == null ? null : Demographics.address(contact.address().line1(),
                contact.address().line2(), contact.address().city(), contact.address().state(), contact.address().postalCode());
        return data.write(changes -> {
            Set<UUID> household = members(patientId).stream().map(Patient::id).collect(Collectors.toSet());
            if (!household.containsAll(to)) {
                throw new ValidationException("siblings", "are not all in this household");
            }
            List<Patient> saved = new ArrayList<>();
            for (UUID id : to) {
                Patient current = changes.current(Patient.class, id);
                saved.add(changes.update(current.withHouseholdContact(guardian, phone, address)));
            }
            return saved;
        });
    }

    /**
     * Saves {@code sibling} (a new patient) into {@code patientId}'s household in one transaction; when the
     * patient is in no household yet, both get a new one there. Returns the sibling as saved.
     */
    public Patient addSibling(UUID patientId, Patient sibling) {
        return data.write(changes -> {
            UUID family = householdOf(changes, changes.current(Patient.class, patientId));
            return changes.insert(sibling.withFamily(family));
        });
    }

    /**
     * Moves {@code otherId}, a patient already in the practice, into {@code patientId}'s household (out of any
     * household it was in), in one transaction; returns it as saved. Refused at {@code sibling} when it is the
     * patient itself or already in the household.
     */
    public Patient link(UUID patientId, UUID otherId) {
        return data.write(changes -> {
            Patient patient = changes.current(Patient.class, patientId);
            Patient other = changes.current(Patient.class, otherId);
            if (other.id().equals(patient.id()) || patient.familyId() != null && patient.familyId().equals(other.familyId())) {
                throw new ValidationException("sibling", "is already in this household");
            }
            return changes.update(other.withFamily(householdOf(changes, patient)));
        });
    }

    /** The patient's household, made (and the patient saved in it) when it has none. */
    private static UUID householdOf(Changes changes, Patient patient) {
        if (patient.familyId() != null) {
            return patient.familyId();
        }
        UUID family = Ids.next();
        changes.update(patient.withFamily(family));
        return family;
    }

    private Patient find(UUID id) {
        return data.patients().findById(id).orElseThrow(() -> new NoSuchElementException("No patient with id " + id));
    }
}
