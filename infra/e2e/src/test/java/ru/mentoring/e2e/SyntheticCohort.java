package ru.mentoring.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * A region's cohort made up for the index's load benchmark and fault tests: schools whose results
 * follow their social wellbeing with noise, so that the regression-mode classification has work to
 * do. The same seed gives the same files: the years must be asked for in order (each draws on).
 */
final class SyntheticCohort {

    /** A year's upload files: the indicator values and the context values. */
    record Year(byte[] values, byte[] context) {
    }

    private final String prefix;
    private final int indicators;
    private final int factors;
    private final double[] social;
    private final double[] quality;
    private final Random random;

    /**
     * @param prefix the schools' and indicators' codes begin with it ({@code B00001}, {@code B3},
     *        {@code BF2}); municipalities are {@code <municipalities>-0…299}
     */
    SyntheticCohort(String prefix, int schools, int indicators, int factors, long seed) {
        this.prefix = prefix;
        this.indicators = indicators;
        this.factors = factors;
        this.random = new Random(seed);
        this.social = new double[schools];
        this.quality = new double[schools];
        for (int s = 0; s < schools; s++) {
            social[s] = random.nextGaussian();
            quality[s] = 0.5 * social[s] + random.nextGaussian();
        }
    }

    /** The methodology in the regression mode: weights 1–3, every fifth indicator lower-is-better. */
    String methodologyJson() {
        StringBuilder m = new StringBuilder("{\"isbshMode\":\"REGRESSION\",\"indicators\":[");
        for (int i = 0; i < indicators; i++) {
            m.append(i == 0 ? "" : ",").append("{\"code\":\"%s%d\",\"name\":\"Показатель %d\",\"source\":\"%s\",\"direction\":%d,\"weight\":%d}"
                    .formatted(prefix, i, i, i % 2 == 0 ? "GIA" : "VPR", i % 5 == 0 ? -1 : 1, 1 + i % 3));
        }
        m.append("],\"contextFactors\":[");
        for (int f = 0; f < factors; f++) {
            m.append(f == 0 ? "" : ",").append("{\"code\":\"%sF%d\",\"name\":\"Фактор %d\",\"weight\":0}".formatted(prefix, f, f));
        }
        return m.append("]}").toString();
    }

    /** The cohort's CSV; every 25th school teaches at an advanced level. */
    byte[] schools(String municipalities) {
        StringBuilder schools = new StringBuilder("school_code,name,municipality_code,advanced_level\n");
        for (int s = 0; s < social.length; s++) {
            schools.append("%s%05d,Школа %d,%s-%d,%s\n".formatted(prefix, s, s, municipalities, s % 300, s % 25 == 0));
        }
        return schools.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The next year's values and context values. */
    Year year(int year) {
        StringBuilder values = new StringBuilder(40 * social.length * indicators);
        values.append("school_code,year,indicator_code,value\n");
        StringBuilder context = new StringBuilder("school_code,year,factor_code,value\n");
        for (int s = 0; s < social.length; s++) {
            for (int i = 0; i < indicators; i++) {
                values.append("%s%05d,%d,%s%d,%s\n".formatted(prefix, s, year, prefix, i,
                        String.format(Locale.ROOT, "%.3f", 50 + 10 * quality[s] + random.nextGaussian() * 5)));
            }
            for (int f = 0; f < factors; f++) {
                double v = Math.max(0, Math.min(1, 0.3 + 0.1 * social[s] * (f % 2 == 0 ? 1 : -1) + random.nextGaussian() * 0.05));
                context.append("%s%05d,%d,%sF%d,%s\n".formatted(prefix, s, year, prefix, f, String.format(Locale.ROOT, "%.4f", v)));
            }
        }
        return new Year(values.toString().getBytes(StandardCharsets.UTF_8), context.toString().getBytes(StandardCharsets.UTF_8));
    }
}
