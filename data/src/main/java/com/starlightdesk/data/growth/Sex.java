package com.starlightdesk.data.growth;

import com.starlightdesk.data.domain.Gender;
import java.util.Optional;

/** The sex a growth reference is tabulated for; the tables code it 1 (male) and 2 (female). */
public enum Sex {
    MALE(1),
    FEMALE(2),
    ;

    private final int tableCode;

    Sex(int tableCode) {
        this.tableCode = tableCode;
    }

    /** The code in the tables' {@code Sex} column. */
    public int tableCode() {
        return tableCode;
    }

    /** The reference for a recorded gender; none for {@code other} or {@code unknown} (no chart applies). */
    public static Optional<Sex> of(Gender gender) {
        if (gender == Gender.MALE) {
            return Optional.of(MALE);
        }
        if (gender == Gender.FEMALE) {
            return Optional.of(FEMALE);
        }
        return Optional.empty();
    }

    static Sex ofTableCode(int code) {
        for (Sex sex : values()) {
            if (sex.tableCode == code) {
                return sex;
            }
        }
        throw new IllegalArgumentException("no sex has table code " + code);
    }
}
