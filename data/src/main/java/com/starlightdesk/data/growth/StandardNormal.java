package com.starlightdesk.data.growth;

/**
 * The standard normal distribution: its cumulative distribution Φ (z-score to percentile) and its
 * inverse. Φ is summed from its power series near the centre and from the continued fraction of the
 * upper tail beyond |z| = 5, so it is exact to about 1e-15 everywhere (the z-scores need 1e-7).
 * Stateless and thread-safe.
 */
public final class StandardNormal {
    private static final double TAIL = 5.0;
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    private StandardNormal() {
    }

    /** The density φ(z). */
    public static double density(double z) {
        return Math.exp(-0.5 * z * z) / SQRT_2PI;
    }

    /** Φ(z): the probability that a standard normal value is at most {@code z}. */
    public static double cdf(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        if (z >= TAIL) {
            return 1.0 - upperTail(z);
        }
        if (z <= -TAIL) {
            return upperTail(-z);
        }
        // Φ(z) = 1/2 + φ(z)·(z + z³/3 + z⁵/(3·5) + …): every term has the sign of z, so nothing cancels.
        double z2 = z * z;
        double term = z;
        double sum = z;
        for (int n = 1; n < 500 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
            term *= z2 / (2 * n + 1);
            sum += term;
        }
        return 0.5 + density(z) * sum;
    }

    /** 1 − Φ(z) for z ≥ 5, from the continued fraction φ(z) / (z + 1/(z + 2/(z + 3/(z + …)))). */
    private static double upperTail(double z) {
        if (z > 40) {
            return 0.0;
        }
        double t = z;
        for (int k = 120; k >= 1; k--) {
            t = z + k / t;
        }
        return density(z) / t;
    }

    /** The z whose Φ is {@code p} (0 < p < 1), found by Newton's method on {@link #cdf}. */
    public static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must lie strictly between 0 and 1");
        }
        if (p == 0.5) {
            return 0.0;
        }
        // Start from the tail's first-order guess, then refine.
        double q = Math.min(p, 1 - p);
        double t = Math.sqrt(-2 * Math.log(q));
        double z = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t)
                / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
        if (p > 0.5) {
            z = -z;
        }
        for (int i = 0; i < 100; i++) {
            double step = (cdf(z) - p) / density(z);
            z -= step;
            if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(z))) {
                break;
            }
        }
        return z;
    }
}
