package ru.mentoring.monitoring.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as people read them: percent with one decimal, rounded half up; none of nobody. */
public final class Percent {

    private Percent() {
    }

    /** {@code part} of {@code whole} in percent, one decimal; null when {@code whole} is 0. */
    public static Double of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return round1(100.0 * part / whole);
    }

    public static Double round1(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    public static Double round2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** «80,0 %», «—» for none: the way the Russian documents write a share. */
    public static String text(Double percent) {
        return percent == null ? "—" : number(percent, 1) + " %";
    }

    /** A number with a decimal comma, {@code scale} digits; «—» for none. */
    public static String number(Double value, int scale) {
        if (value == null) {
            return "—";
        }
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
