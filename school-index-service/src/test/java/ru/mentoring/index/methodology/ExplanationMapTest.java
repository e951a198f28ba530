package ru.mentoring.index.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The explanation as the ordered map that the service stores as JSON. */
class ExplanationMapTest {

    private static ClassificationResult result;

    @BeforeAll
    static void classify() {
        // ИОР 0, .3, .6, 1 -> P25 .225, P50 .45, P75 .7; F .9, .5, 1, 0 -> P25 .375, P50 .7, P75 .925
        Fixtures.Cohort c = new Fixtures.Cohort().iorRow(2024, 0, .3, .6, 1).socialRow(2024, .9, .5, 1, 0)
                .school("S5");
        c.builder.indicator("S5", 2024, "OTHER", 1);
        result = new Classifier(Fixtures.simple()).classify(c.build(), 2024);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    @Test
    void lowResultsCarriesTheValueAndP25() {
        Map<String, Object> e = result.school("S1").orElseThrow().explanation();
        assertThat(e.keySet()).containsExactly("ior", "isbsh", "iorByYear", "stability", "giaVpr", "cohortMeanIor",
                "statuses");
        Map<String, Object> low = map(map(e, "statuses"), "LOW_RESULTS");
        assertThat(low.keySet()).containsExactly("ior", "p25", "text");
        assertThat((Double) low.get("p25")).isCloseTo(0.225, within(1e-12));
        assertThat(low.get("ior")).isEqualTo(0.0);
        assertThat(map(map(e, "ior"), "boundaries").keySet()).containsExactly("p25", "p50", "p75");
        assertThat(map(map(e, "iorByYear"), "2024").get("quartile")).isEqualTo(1);
        assertThat(map(map(e, "iorByYear"), "2022").get("note")).isEqualTo("Нет данных за 2022 год");
    }

    @Test
    void resilientCarriesBothIndicesAndTheirBoundaries() {
        Map<String, Object> statuses = map(result.school("S4").orElseThrow().explanation(), "statuses");
        assertThat(statuses.keySet()).containsExactly("UNFAVOURABLE_SOCIAL", "RESILIENT");
        assertThat(map(statuses, "RESILIENT").keySet()).containsExactly("ior", "iorP50", "isbsh", "isbshP25", "text");
        assertThat((Double) map(statuses, "RESILIENT").get("iorP50")).isCloseTo(0.45, within(1e-12));
    }

    @Test
    void undefinedIorSaysWhy() {
        Map<String, Object> ior = map(result.school("S5").orElseThrow().explanation(), "ior");
        assertThat(ior.get("value")).isNull();
        assertThat(ior.get("undefinedReason")).isEqualTo("NO_DATA");
        assertThat(ior.get("note")).isEqualTo("Нет значений показателей школы за 2024 год");
        Map<String, Object> isbsh = map(result.school("S5").orElseThrow().explanation(), "isbsh");
        assertThat(isbsh.get("undefinedReason")).isEqualTo("MISSING_FACTOR");
        assertThat(isbsh.get("missingFactor")).isEqualTo("F");
    }

    @Test
    void mapContainsOnlyPlainValues() {
        for (SchoolResult s : result.schools()) {
            assertPlain(s.explanation());
        }
    }

    private static void assertPlain(Object value) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                assertThat(k).isInstanceOf(String.class);
                assertPlain(v);
            });
        } else if (value instanceof List<?> l) {
            l.forEach(ExplanationMapTest::assertPlain);
        } else if (value != null) {
            assertThat(value).isInstanceOfAny(String.class, Double.class, Integer.class, Boolean.class);
            if (value instanceof Double d) {
                assertThat(d).isFinite(); // JSON has no NaN or Infinity
            }
        }
    }
}
