package com.starlightdesk.data.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StandardNormalTest {

    @Test
    void cdfMatchesTabulatedValues() {
        assertEquals(0.5, StandardNormal.cdf(0), 1e-15);
        assertEquals(0.8413447460685429, StandardNormal.cdf(1), 1e-13);
        assertEquals(0.9750021048517795, StandardNormal.cdf(1.96), 1e-13);
        assertEquals(0.0013498980316301, StandardNormal.cdf(-3), 1e-14);
        assertEquals(3.167124183311998e-05, StandardNormal.cdf(-4), 1e-15);
        assertEquals(2.866515718791939e-07, StandardNormal.cdf(-5), 1e-17);
        assertEquals(9.865876450376981e-10, StandardNormal.cdf(-6), 1e-19);
        assertEquals(1 - 2.866515718791939e-07, StandardNormal.cdf(5), 1e-15);
    }

    @Test
    void quantileInvertsTheCdf() {
        assertEquals(-1.880793608151251, StandardNormal.quantile(0.03), 1e-12);
        assertEquals(1.6448536269514722, StandardNormal.quantile(0.95), 1e-12);
        assertEquals(0.0, StandardNormal.quantile(0.5), 0);
        for (double p = 0.0005; p < 1; p += 0.001) {
            assertEquals(p, StandardNormal.cdf(StandardNormal.quantile(p)), 1e-14);
        }
        assertEquals(1e-9, StandardNormal.cdf(StandardNormal.quantile(1e-9)), 1e-20);
    }
}
