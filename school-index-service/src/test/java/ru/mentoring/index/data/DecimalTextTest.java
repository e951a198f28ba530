package ru.mentoring.index.data;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalTextTest {

    /** The pattern the loader used before: what DecimalText accepts must be exactly this. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d{1,3})?");

    @Test
    void readsEveryNumberToTheSameDoubleAsParseDouble() {
        Random random = new Random(16);
        for (int i = 0; i < 200_000; i++) {
            String text = switch (i % 5) {
                case 0 -> String.format(Locale.ROOT, "%.3f", 50 + random.nextGaussian() * 20);
                case 1 -> String.format(Locale.ROOT, "%.4f", random.nextDouble());
                case 2 -> Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
                case 3 -> Long.toString(random.nextLong() >> random.nextInt(64));
                default -> (random.nextBoolean() ? "-" : "+") + random.nextInt(1000) + "." + random.nextInt(100_000_000)
                        + "e" + (random.nextInt(60) - 30);
            };
            assertThat(NUMBER.matcher(text).matches()).as(text).isTrue();
            assertThat(Double.doubleToRawLongBits(DecimalText.parse(text))).as(text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
    }

    @Test
    void readsTheFormsThePatternAllowsAndNoOther() {
        for (String ok : new String[] {"0", "-0", "+5", "5.", ".5", "-.5", "1e5", "1E-5", "1.5e+300", "0.000000000000000000000001",
                "123456789012345678901234567890", "1e999", "007"}) {
            assertThat(NUMBER.matcher(ok).matches()).as(ok).isTrue();
            assertThat(Double.doubleToRawLongBits(DecimalText.parse(ok))).as(ok)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(ok)));
        }
        for (String bad : new String[] {"", "-", "+", ".", "-.", "e5", "1e", "1e+", "1e1000", "1.2.3", "1,5", " 1", "1 ", "NaN",
                "Infinity", "0x10", "1d", "1f", "--1", "1e5.0", "١"}) {
            assertThat(NUMBER.matcher(bad).matches()).as(bad).isFalse();
            assertThat(DecimalText.parse(bad)).as(bad).isNaN();
        }
    }
}
