package com.starlightdesk.data.domain;

/**
 * The CIEDE2000 colour difference of two CIE L*a*b* colours (Sharma, Wu and Dalal, "The CIEDE2000
 * color-difference formula", 2005), with the parametric factors kL = kC = kH = 1. Stateless.
 */
final class ColorDifference {
    private static final double POW25_7 = Math.pow(25, 7);

    private ColorDifference() {
    }

    static double ciede2000(double[] lab1, double[] lab2) {
        double l1 = lab1[0];
        double l2 = lab2[0];
        double meanC = (Math.hypot(lab1[1], lab1[2]) + Math.hypot(lab2[1], lab2[2])) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(meanC, 7) / (Math.pow(meanC, 7) + POW25_7)));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1 = Math.hypot(a1, lab1[2]);
        double c2 = Math.hypot(a2, lab2[2]);
        double h1 = hue(a1, lab1[2]);
        double h2 = hue(a2, lab2[2]);

        double deltaL = l2 - l1;
        double deltaC = c2 - c1;
        double deltaHue = 0;
        if (c1 * c2 != 0) {
            deltaHue = h2 - h1;
            if (deltaHue > 180) {
                deltaHue -= 360;
            } else if (deltaHue < -180) {
                deltaHue += 360;
            }
        }
        double deltaH = 2 * Math.sqrt(c1 * c2) * Math.sin(Math.toRadians(deltaHue / 2));

        double meanL = (l1 + l2) / 2;
        double meanCPrime = (c1 + c2) / 2;
        double meanH = meanHue(h1, h2, c1 * c2 == 0);
        double t = 1 - 0.17 * cos(meanH - 30) + 0.24 * cos(2 * meanH) + 0.32 * cos(3 * meanH + 6) - 0.20 * cos(4 * meanH - 63);
        double deltaTheta = 30 * Math.exp(-Math.pow((meanH - 275) / 25, 2));
        double rC = 2 * Math.sqrt(Math.pow(meanCPrime, 7) / (Math.pow(meanCPrime, 7) + POW25_7));
        double sL = 1 + 0.015 * Math.pow(meanL - 50, 2) / Math.sqrt(20 + Math.pow(meanL - 50, 2));
        double sC = 1 + 0.045 * meanCPrime;
        double sH = 1 + 0.015 * meanCPrime * t;
        double rT = -Math.sin(Math.toRadians(2 * deltaTheta)) * rC;
        double l = deltaL / sL;
        double c = deltaC / sC;
        double h = deltaH / sH;
        return Math.sqrt(l * l + c * c + h * h + rT * c * h);
    }

    private static double hue(double a, double b) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double degrees = Math.toDegrees(Math.atan2(b, a));
        return degrees < 0 ? degrees + 360 : degrees;
    }

    private static double meanHue(double h1, double h2, boolean achromatic) {
        if (achromatic) {
            return h1 + h2;
        }
        if (Math.abs(h1 - h2) <= 180) {
            return (h1 + h2) / 2;
        }
        return h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}
