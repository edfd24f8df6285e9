package com.starlightdesk.data.growth;

/**
 * One point of a reference curve: {@code x} on the reference's axis (age in days, or length in cm) and the
 * measurement there.
 */
public record CurvePoint(double x, double measurement) {
}
