package com.starlightdesk.data.domain;

/** What a note template is for: a well-child visit at an age, a sick visit, or anything else. */
public enum NoteKind implements Coded {
    WELL_CHILD("well_child"),
    SICK_VISIT("sick_visit"),
    OTHER("other");

    private final String code;

    NoteKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static NoteKind of(String field, String code) {
        return Coded.parse(NoteKind.class, field, code);
    }
}
