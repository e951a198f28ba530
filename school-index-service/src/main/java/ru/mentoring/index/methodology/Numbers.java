package ru.mentoring.index.methodology;

import java.util.Locale;

/**
 * Comparisons and formatting shared by the rules.
 *
 * <p>Comparisons of computed values against boundaries, thresholds and the cohort mean are made after rounding
 * both sides to {@value #DECIMALS} decimal places. Why: binary floating point makes 0.6 / 0.4 equal
 * 1.4999999999999998, so a ratio that is exactly 1.5 in decimal arithmetic (as in the coordinator's spreadsheet)
 * would otherwise miss the "≥ 1.5" rule; likewise a published boundary 0.355 against a computed 0.35500000000000004.
 */
final class Numbers {

    static final int DECIMALS = 10;
    private static final double SCALE = 1e10;

    private Numbers() {
    }

    static int compare(double a, double b) {
        return Double.compare(Math.rint(a * SCALE), Math.rint(b * SCALE));
    }

    static boolean le(double a, double b) {
        return compare(a, b) <= 0;
    }

    static boolean lt(double a, double b) {
        return compare(a, b) < 0;
    }

    static boolean gt(double a, double b) {
        return compare(a, b) > 0;
    }

    static boolean ge(double a, double b) {
        return compare(a, b) >= 0;
    }

    /**
     * Four decimals with a decimal comma, as Russian readers expect; locale-independent. Hand-rolled because
     * String.format dominated the time of classifying 40,000 schools.
     */
    static String fmt(double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e14) {
            return String.format(Locale.ROOT, "%.4f", v).replace('.', ',');
        }
        long scaled = Math.round(Math.abs(v) * 10_000);
        long whole = scaled / 10_000;
        long fraction = scaled % 10_000;
        StringBuilder text = new StringBuilder(12);
        if (v < 0 && scaled != 0) {
            text.append('-');
        }
        text.append(whole).append(',');
        if (fraction < 1000) {
            text.append('0');
        }
        if (fraction < 100) {
            text.append('0');
        }
        if (fraction < 10) {
            text.append('0');
        }
        return text.append(fraction).toString();
    }

    /** A share as a percentage with one decimal, e.g. {@code 25,0%}. */
    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100).replace('.', ',') + "%";
    }

    static Double boxOrNull(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
