package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PhoneNumber;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.ValidationException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A patient's demographics as the front office keeps them (the chart's Demographics section), under the
 * rules beyond the patient record's own: the birth date is not after today in the practice's time zone,
 * the phone is kept in the practice's form ({@link PhoneNumber}), a US address has a two-letter state and a
 * five-digit ZIP (or ZIP+4), and the patient's own provider is one of the practice's active providers. Each
 * failure is a {@link ValidationException} naming the patient's field ({@code dateOfBirth}, {@code phone},
 * {@code address.state}, {@code address.postalCode}, {@code primaryProviderId}). A rule is checked only for a
 * field the edit changes, so a row imported under older rules can still be edited elsewhere. A save writes
 * only the fields the edit changed, over the patient as stored at that moment: a change another desk made to
 * another field (and a sync brought in since the form was read) stays. Thread-safe; every call blocks on the store.
 */
public final class Demographics {
    private static final Pattern STATE = Pattern.compile("^[A-Za-z]{2}$");
    private static final Pattern ZIP = Pattern.compile("^\\d{5}(-\\d{4})?$");

    private final PracticeData data;

    public Demographics(PracticeData data) {
        this.data = data;
    }

    /**
     * An address from its typed parts: null when every part is blank; a {@link ValidationException} at
     * {@code address.state} or {@code address.postalCode} when those are not a US state code or ZIP.
     */
    public static Address address(String line1, String line2, String city, String state, String zip) {
        Address typed = new Address(line1, line2, city, state, zip);
        if (typed.line1() == null && typed.line2() == null && typed.city() == null && typed.state() == null && typed.postalCode() == null) {
            return null;
        }
        if (typed.state() != null && !STATE.matcher(typed.state()).matches()) {
            throw new ValidationException("address.state", "is the state's two-letter code, e.g. IL");
        }
        if (typed.postalCode() != null && !ZIP.matcher(typed.postalCode()).matches()) {
            throw new ValidationException("address.postalCode", "is a ZIP code of 5 digits (or ZIP+4: 60187-1234)");
        }
        return new Address(typed.line1(), typed.line2(), typed.city(),
                typed.state() == null ? null : typed.state().toUpperCase(Locale.ROOT), typed.postalCode());
    }

    /** Checks the fields {@code after} changes from {@code before} against the rules above. */
    public void check(Patient before, Patient after) {
        if (!Objects.equals(before.dateOfBirth(), after.dateOfBirth()) && after.dateOfBirth().isAfter(today())) {
            throw new ValidationException("dateOfBirth", "is in the future");
        }
        if (!Objects.equals(before.phone(), after.phone())) {
            PhoneNumber.of("phone", after.phone());
        }
        if (!Objects.equals(before.address(), after.address()) && after.address() != null) {
            Address a = after.address();
            address(a.line1(), a.line2(), a.city(), a.state(), a.postalCode());
        }
        if (after.primaryProviderId() != null && !after.primaryProviderId().equals(before.primaryProviderId())) {
            data.office().provider(after.primaryProviderId()).filter(Provider::isActive)
                    .orElseThrow(() -> new ValidationException("primaryProviderId", "is not an active provider of the practice"));
        }
    }

    /**
     * Saves what {@code after} changes from {@code before} (the patient as the form read it) over the patient
     * as stored now, after checking it, in one transaction; returns the patient as saved. Fails with
     * {@link NoSuchElementException} when the patient is not in the practice, {@link IllegalStateException}
     * when it was deleted.
     */
    public Patient save(Patient before, Patient after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("An edit changes one patient");
        }
        check(before, after);
        Patient edited = withPhoneInPracticeForm(before, after);
        return data.write(changes -> {
            Patient current = changes.current(Patient.class, before.id());
            Patient merged = merge(before, edited, current);
            return merged.equals(current) ? current : changes.update(merged);
        });
    }

    private static Patient withPhoneInPracticeForm(Patient before, Patient after) {
        if (Objects.equals(before.phone(), after.phone())) {
            return after;
        }
        return after.withHouseholdContact(after.parentGuardian(), PhoneNumber.of("phone", after.phone()), after.address());
    }

    /** {@code current} with each field {@code after} changed from {@code before} taken from {@code after}. */
    static Patient merge(Patient before, Patient after, Patient current) {
        return new Patient(current.id(),
                pick(before.firstName(), after.firstName(), current.firstName()),
                pick(before.lastName(), after.lastName(), current.lastName()),
                pick(before.dateOfBirth(), after.dateOfBirth(), current.dateOfBirth()),
                pick(before.gender(), after.gender(), current.gender()),
                pick(before.parentGuardian(), after.parentGuardian(), current.parentGuardian()),
                pick(before.email(), after.email(), current.email()),
                pick(before.phone(), after.phone(), current.phone()),
                pick(before.address(), after.address(), current.address()),
                pick(before.insuranceProvider(), after.insuranceProvider(), current.insuranceProvider()),
                pick(before.insuranceId(), after.insuranceId(), current.insuranceId()),
                pick(before.insuranceGroup(), after.insuranceGroup(), current.insuranceGroup()),
                pick(before.familyId(), after.familyId(), current.familyId()),
                // status and stage go together (a prospect has a stage, a patient none)
                changed(before.status(), after.status()) || changed(before.pipelineStage(), after.pipelineStage())
                        ? after.status() : current.status(),
                changed(before.status(), after.status()) || changed(before.pipelineStage(), after.pipelineStage())
                        ? after.pipelineStage() : current.pipelineStage(),
                pick(before.feeOverride(), after.feeOverride(), current.feeOverride()),
                pick(before.referredBy(), after.referredBy(), current.referredBy()),
                pick(before.notes(), after.notes(), current.notes()),
                pick(before.isActive(), after.isActive(), current.isActive()),
                pick(before.primaryProviderId(), after.primaryProviderId(), current.primaryProviderId()),
                pick(before.gestationalAgeDays(), after.gestationalAgeDays(), current.gestationalAgeDays()),
                pick(before.noKnownAllergiesAt(), after.noKnownAllergiesAt(), current.noKnownAllergiesAt()));
    }

    private static <T> T pick(T before, T after, T current) {
        return changed(before, after) ? after : current;
    }

    private static boolean changed(Object before, Object after) {
        return !Objects.equals(before, after);
    }

    private LocalDate today() {
        return LocalDate.now(data.clock().withZone(data.office().practice().orElseThrow().zone()));
    }

}
