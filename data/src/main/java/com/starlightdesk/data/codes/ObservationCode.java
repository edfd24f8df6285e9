package com.starlightdesk.data.codes;

import com.starlightdesk.data.domain.ObservationKind;
import java.util.Objects;
import java.util.Set;

/**
 * One of the CDC CDSi schedule's coded observations: a three-digit code, its title, and the kinds the
 * schedule uses it as (immunity, contraindication, indication; {@code other} when no antigen refers to it).
 * Immutable.
 */
public record ObservationCode(String code, String title, Set<ObservationKind> kinds) {

    public ObservationCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        kinds = Set.copyOf(kinds);
    }

    /** {@code 023 Laboratory Evidence of Immunity or confirmation of Varicella disease}. */
    public String label() {
        return code + " " + title;
    }
}
