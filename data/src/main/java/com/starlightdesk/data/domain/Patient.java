package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child enrolled in the practice, or a prospect family's child in the pipeline. Guardian and
 * insurance travel with the patient; {@code familyId} groups siblings. {@code gestationalAgeDays} is the
 * gestational age at birth (null: term or not known); {@code noKnownAllergiesAt} is when "no known
 * allergies" was recorded (null: not recorded, which is not the same as none).
 */
public record Patient(
        UUID id,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        Gender gender,
        String parentGuardian,
        String email,
        String phone,
        Address address,
        String insuranceProvider,
        String insuranceId,
        String insuranceGroup,
        UUID familyId,
        PatientStatus status,
        PipelineStage pipelineStage,
        BigDecimal feeOverride,
        String referredBy,
        String notes,
        boolean isActive,
        UUID primaryProviderId,
        Integer gestationalAgeDays,
        Instant noKnownAllergiesAt) {

    public Patient {
        Fields.id("id", id);
        firstName = Fields.text("firstName", firstName, 100);
        lastName = Fields.text("lastName", lastName, 100);
        Fields.notFuture("dateOfBirth", dateOfBirth);
        parentGuardian = Fields.optionalText("parentGuardian", parentGuardian, 200);
        email = Fields.optionalEmail("email", email);
        phone = Fields.optionalPhone("phone", phone);
        insuranceProvider = Fields.optionalText("insuranceProvider", insuranceProvider, 100);
        insuranceId = Fields.optionalText("insuranceId", insuranceId, 64);
        insuranceGroup = Fields.optionalText("insuranceGroup", insuranceGroup, 64);
        Fields.required("status", status);
        if (status == PatientStatus.PROSPECT && pipelineStage == null) {
            throw new ValidationException("pipelineStage", "is required for a prospect");
        }
        if (pipelineStage != null && !pipelineStage.isOpen()) {
            throw new ValidationException("pipelineStage", "of a child is an open stage; the family's card is " + pipelineStage.code());
        }
        if (status == PatientStatus.ACTIVE && pipelineStage != null) {
            throw new ValidationException("pipelineStage", "applies to prospects only");
        }
        feeOverride = Fields.optionalMoney("feeOverride", feeOverride);
        referredBy = Fields.optionalText("referredBy", referredBy, 200);
        notes = Fields.optionalText("notes", notes, 4000);
        Fields.optionalRange("gestationalAgeDays", gestationalAgeDays, 154, 315);
        noKnownAllergiesAt = Fields.optionalInstant(noKnownAllergiesAt);
    }

    /** Days before 37 completed weeks of gestation: growth is then plotted at corrected age until 24 months. */
    public boolean bornPreterm() {
        return gestationalAgeDays != null && gestationalAgeDays < 37 * 7;
    }

    /** This patient in household {@code family} (null: in none). */
    public Patient withFamily(UUID family) {
        return new Patient(id, firstName, lastName, dateOfBirth, gender, parentGuardian, email, phone, address, insuranceProvider,
                insuranceId, insuranceGroup, family, status, pipelineStage, feeOverride, referredBy, notes, isActive,
                primaryProviderId, gestationalAgeDays, noKnownAllergiesAt);
    }

    /** This patient with their own monthly membership fee (null: the plan's). */
    public Patient withFeeOverride(BigDecimal fee) {
        return new Patient(id, firstName, lastName, dateOfBirth, gender, parentGuardian, email, phone, address, insuranceProvider,
                insuranceId, insuranceGroup, familyId, status, pipelineStage, fee, referredBy, notes, isActive,
                primaryProviderId, gestationalAgeDays, noKnownAllergiesAt);
    }

    /** This patient with the guardian, phone and address a household shares. */
    public Patient withHouseholdContact(String guardian, String phoneNumber, Address postal) {
        return new Patient(id, firstName, lastName, dateOfBirth, gender, guardian, email, phoneNumber, postal, insuranceProvider,
                insuranceId, insuranceGroup, familyId, status, pipelineStage, feeOverride, referredBy, notes, isActive,
                primaryProviderId, gestationalAgeDays, noKnownAllergiesAt);
    }

    /** This patient as a prospect child in {@code stage}, or as an active patient when {@code stage} is null. */
    public Patient inPipeline(PipelineStage stage) {
        return new Patient(id, firstName, lastName, dateOfBirth, gender, parentGuardian, email, phone, address, insuranceProvider,
                insuranceId, insuranceGroup, familyId, stage == null ? PatientStatus.ACTIVE : PatientStatus.PROSPECT, stage, feeOverride,
                referredBy, notes, isActive, primaryProviderId, gestationalAgeDays, noKnownAllergiesAt);
    }

    /** "Last, First" as the front desk reads it. */
    public String displayName() {
        return lastName + ", " + firstName;
    }
}
