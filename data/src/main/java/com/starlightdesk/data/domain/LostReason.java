package com.starlightdesk.data.domain;

/** Why a prospect family did not join: the reason a card is in the Lost column. */
public enum LostReason implements Coded {
    CHOSE_ANOTHER_PRACTICE("chose-another-practice"),
    PRICE("price"),
    MOVED("moved"),
    NO_ANSWER("no-answer");

    private final String code;

    LostReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static LostReason of(String field, String code) {
        return Coded.parse(LostReason.class, field, code);
    }
}
