package com.starlightdesk.data.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One dose of a vaccine on a patient's chart: its CDC CVX code (text, leading zeros kept: {@code 08} is not
 * {@code 8}), the day it was given, and where it comes from. A dose given here carries what a registry needs:
 * lot, manufacturer (MVX code), expiry, route, volume in mL, who gave it, and the injection site unless it went
 * by mouth or nose; the Vaccine Information Statement's edition and the day the family got it may be recorded.
 * A historical dose (from a prior clinic, the state registry) needs only the vaccine, the day and the source's
 * name. A dose is never deleted: a wrong one is marked entered in error with a reason (and a note for
 * {@link DoseErrorReason#OTHER}). The rules here are the table's CHECK constraints; what needs the patient or the
 * code lists (a known CVX, not before birth) is checked by the immunizations repository. Immutable.
 */
public record Immunization(
        UUID id,
        UUID patientId,
        String cvx,
        LocalDate givenOn,
        ImmunizationSource source,
        String sourceName,
        String lotNumber,
        String mvx,
        LocalDate expiresOn,
        InjectionSite site,
        VaccineRoute route,
        BigDecimal doseMl,
        LocalDate visEdition,
        LocalDate visGivenOn,
        UUID administeredBy,
        UUID appointmentId,
        Instant enteredInErrorAt,
        DoseErrorReason errorReason,
        String errorNote) {

    /** The largest volume of one dose, in mL. */
    public static final BigDecimal MAX_DOSE_ML = new BigDecimal("10.00");
    private static final Pattern CVX = Pattern.compile("^[0-9]{1,3}$");
    private static final Pattern MVX = Pattern.compile("^[A-Z]{2,3}$");

    public Immunization {
        Fields.id("id", id);
        Fields.id("patientId", patientId);
        cvx = cvx("cvx", cvx);
        Fields.notFuture("givenOn", givenOn);
        Fields.required("source", source);
        sourceName = Fields.optionalText("sourceName", sourceName, 200);
        if (source == ImmunizationSource.HISTORICAL && sourceName == null) {
            throw new ValidationException("sourceName", "is required for a historical dose: a prior clinic, the state registry, ...");
        }
        if (source == ImmunizationSource.GIVEN_HERE && sourceName != null) {
            throw new ValidationException("sourceName", "applies to a historical dose only");
        }
        lotNumber = Fields.optionalText("lotNumber", lotNumber, 50);
        mvx = mvx("mvx", mvx);
        if (expiresOn != null && expiresOn.isBefore(givenOn)) {
            throw new ValidationException("expiresOn", "is before the day the dose was given: the vaccine had expired");
        }
        if (site != null && route != null && !route.isInjected()) {
            throw new ValidationException("site", "applies to an injection only, not to a dose " + route.label().toLowerCase(Locale.ROOT));
        }
        doseMl = Fields.optionalMeasure("doseMl", doseMl, 2, MAX_DOSE_ML);
        if (visEdition != null && visEdition.getYear() < 1990) {
            throw new ValidationException("visEdition", "is before 1990");
        }
        if (visGivenOn != null) {
            Fields.notFuture("visGivenOn", visGivenOn);
            Fields.notBefore("visGivenOn", visGivenOn, "the statement's edition", visEdition);
        }
        if (source == ImmunizationSource.GIVEN_HERE) {
            Fields.required("lotNumber", lotNumber);
            Fields.required("mvx", mvx);
            Fields.required("expiresOn", expiresOn);
            Fields.required("route", route);
            Fields.required("doseMl", doseMl);
            Fields.required("administeredBy", administeredBy);
            if (route.isInjected() && site == null) {
                throw new ValidationException("site", "is required for an injection");
            }
        }
        enteredInErrorAt = Fields.optionalInstant(enteredInErrorAt);
        if ((enteredInErrorAt == null) != (errorReason == null)) {
            throw new ValidationException("errorReason", "is set exactly when the dose is marked entered in error");
        }
        errorNote = Fields.optionalText("errorNote", errorNote, 500);
        if (errorReason == DoseErrorReason.OTHER && errorNote == null) {
            throw new ValidationException("errorNote", "is required: say what was wrong");
        }
    }

    /** A CVX code as typed: 1 to 3 digits, kept as text. */
    public static String cvx(String field, String typed) {
        String code = Fields.text(field, typed, 20);
        if (!CVX.matcher(code).matches()) {
            throw new ValidationException(field, "is a CVX code: 1 to 3 digits, e.g. 08");
        }
        return code;
    }

    /** An MVX manufacturer code as typed (any case), stored in capitals; blank is none. */
    public static String mvx(String field, String typed) {
        String code = Fields.optionalText(field, typed, 3);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!MVX.matcher(code).matches()) {
            throw new ValidationException(field, "is an MVX manufacturer code: 2 or 3 letters, e.g. MSD");
        }
        return code;
    }

    /** Whether this dose was marked entered in error (it then counts for nothing, but stays on the chart). */
    public boolean isEnteredInError() {
        return enteredInErrorAt != null;
    }

    /** This dose marked entered in error at {@code at} for {@code reason}, with a note (required for 'other'). */
    public Immunization enteredInError(Instant at, DoseErrorReason reason, String note) {
        Fields.required("errorReason", reason);
        return new Immunization(id, patientId, cvx, givenOn, source, sourceName, lotNumber, mvx, expiresOn, site, route, doseMl,
                visEdition, visGivenOn, administeredBy, appointmentId, Fields.required("enteredInErrorAt", at), reason, note);
    }
}
