package com.starlightdesk.data.domain;

/**
 * A signed clinical record was about to be changed or deleted. A signed note, lab result or prescription
 * is never changed; a correction is an addendum. The message names the rule only, never the record's content
 * or patient, so it may be shown and logged as it is.
 */
public final class SignedRecordException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public SignedRecordException(RecordType type) {
        super(wording(type) + " was signed and can no longer be changed; add an addendum instead");
    }

    private static String wording(RecordType type) {
        return switch (type) {
            case SOAP_NOTE -> "This note";
            case LAB_RESULT -> "This lab result";
            case PRESCRIPTION -> "This prescription";
            case VACCINATION -> "This vaccination record";
        };
    }
}
