package com.starlightdesk.data.growth;

/**
 * The LMS parameters of a reference at one age (or length): the Box-Cox power {@code l}, the median
 * {@code m} and the coefficient of variation {@code s}. A measurement X has the z-score
 * ((X/M)^L − 1)/(L·S), or ln(X/M)/S when L = 0; computed through {@code expm1} so that an L near zero
 * (interpolated between a positive and a negative one) loses no precision. Immutable.
 */
public record Lms(double l, double m, double s) {

    public Lms {
        if (!(m > 0) || !(s > 0) || !Double.isFinite(l)) {
            throw new IllegalArgumentException("LMS parameters need M > 0, S > 0 and a finite L");
        }
    }

    /** The plain LMS z-score of {@code measurement} (greater than zero). */
    public double z(double measurement) {
        if (!(measurement > 0)) {
            throw new IllegalArgumentException("a measurement must be greater than zero");
        }
        double logRatio = Math.log(measurement / m);
        if (l == 0) {
            return logRatio / s;
        }
        return Math.expm1(l * logRatio) / (l * s);
    }

    /**
     * The measurement whose plain LMS z-score is {@code z}: M·(1 + L·S·z)^(1/L), or M·e^(S·z) when L = 0.
     * NaN where the power is undefined (1 + L·S·z ≤ 0, far beyond any chart).
     */
    public double measurementAt(double z) {
        if (l == 0) {
            return m * Math.exp(s * z);
        }
        double base = l * s * z;
        if (base <= -1) {
            return Double.NaN;
        }
        return m * Math.exp(Math.log1p(base) / l);
    }

    /** The parameters a fraction {@code t} (0..1) of the way from {@code a} to {@code b}, each linearly. */
    static Lms between(Lms a, Lms b, double t) {
        return new Lms(a.l + (b.l - a.l) * t, a.m + (b.m - a.m) * t, a.s + (b.s - a.s) * t);
    }
}
