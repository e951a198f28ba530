package ru.mentoring.index.data;

/**
 * The numbers a value file may hold: {@code [-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d{1,3})?}, read
 * without a regular expression and, for the usual values (at most 15 digits, a power of ten within
 * 10^±22), without {@link Double#parseDouble}: the digits as a long and one multiplication or
 * division by an exact power of ten, which IEEE arithmetic rounds correctly, so the double is the
 * very one {@code parseDouble} gives (Clinger's fast path). Loading 800,000 values a year, the
 * regular expression and the general parser were a visible share of the time.
 */
final class DecimalText {

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private DecimalText() {
    }

    /** The value, or NaN when the text is not such a number (no such text reads as NaN). */
    static double parse(String text) {
        int n = text.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long digitsValue = 0;
        int digits = 0;
        int fractionDigits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            digitsValue = digits < 18 ? digitsValue * 10 + (text.charAt(i) - '0') : digitsValue;
            digits++;
            i++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                digitsValue = digits < 18 ? digitsValue * 10 + (text.charAt(i) - '0') : digitsValue;
                digits++;
                fractionDigits++;
                i++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                negativeExponent = text.charAt(i) == '-';
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(text.charAt(i)) && exponentDigits < 4) {
                exponent = exponent * 10 + (text.charAt(i) - '0');
                exponentDigits++;
                i++;
            }
            if (exponentDigits == 0 || exponentDigits > 3) {
                return Double.NaN;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != n) {
            return Double.NaN;
        }
        int power = exponent - fractionDigits;
        if (digits <= 15 && power >= -22 && power <= 22) {
            // both operands exact (a long below 10^15 < 2^53, a power of ten up to 10^22): one rounding
            double magnitude = power < 0 ? digitsValue / POWERS_OF_TEN[-power] : digitsValue * POWERS_OF_TEN[power];
            return negative ? -magnitude : magnitude;
        }
        return Double.parseDouble(text);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
