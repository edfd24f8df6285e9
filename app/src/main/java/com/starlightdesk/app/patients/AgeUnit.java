package com.starlightdesk.app.patients;

import java.time.LocalDate;
import java.time.Period;

/** The unit an age range of the Patients list is typed in, and the largest age it takes. */
public enum AgeUnit {
    YEARS("years", 30),
    MONTHS("months", 360);

    private final String label;
    private final int most;

    AgeUnit(String label, int most) {
        this.label = label;
        this.most = most;
    }

    public String label() {
        return label;
    }

    /** The largest age the filter takes in this unit. */
    public int most() {
        return most;
    }

    /** Completed years or months of a child born on {@code born}, on {@code today}. */
    public long of(LocalDate born, LocalDate today) {
        Period age = Period.between(born, today);
        return this == YEARS ? age.getYears() : age.toTotalMonths();
    }

    @Override
    public String toString() {
        return label;
    }
}
