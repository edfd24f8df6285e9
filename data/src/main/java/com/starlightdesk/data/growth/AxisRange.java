package com.starlightdesk.data.growth;

/** The part of a reference's x axis a chart shows: days of age, or cm of length, from {@code from} to {@code to}. */
public record AxisRange(double from, double to) {

    public AxisRange {
        if (!(to > from)) {
            throw new IllegalArgumentException("an axis range must run forward");
        }
    }

    public boolean contains(double x) {
        return x >= from && x <= to;
    }
}
