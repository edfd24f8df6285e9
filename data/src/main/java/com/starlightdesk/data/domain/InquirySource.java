package com.starlightdesk.data.domain;

/** How a prospect family heard of the practice: a channel, or a referral (naming the referring contact when known). */
public enum InquirySource implements Coded {
    WEB("web"),
    FRIEND("friend"),
    EVENT("event"),
    REFERRAL("referral"),
    OTHER("other");

    private final String code;

    InquirySource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Parses a stored or typed code; unknown values fail naming {@code field}. */
    public static InquirySource of(String field, String code) {
        return Coded.parse(InquirySource.class, field, code);
    }
}
