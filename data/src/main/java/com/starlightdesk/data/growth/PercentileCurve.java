package com.starlightdesk.data.growth;

import java.util.List;

/** A percentile's line on a growth chart: its percentile (e.g. 97), its z-score and its points. */
public record PercentileCurve(int percentile, double z, List<CurvePoint> points) {

    /** The nine percentiles a growth chart draws, as on the WHO and CDC charts printed for US clinics. */
    public static final List<Integer> CHART_PERCENTILES = List.of(3, 5, 10, 25, 50, 75, 90, 95, 97);

    public PercentileCurve {
        points = List.copyOf(points);
    }
}
