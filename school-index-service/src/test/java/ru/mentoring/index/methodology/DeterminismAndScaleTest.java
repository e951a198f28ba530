package ru.mentoring.index.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DeterminismAndScaleTest {

    private static final int[] YEARS = {2022, 2023, 2024};

    private static MethodologyVersion methodology(int indicators, int factors) {
        MethodologyVersion.Builder b = MethodologyVersion.builder("bench");
        Source[] sources = Source.values();
        for (int i = 0; i < indicators; i++) {
            b.indicator("I" + i, "Показатель " + i, sources[i % 3], i % 4 == 3 ? -1 : +1, 1 + i % 3);
        }
        for (int j = 0; j < factors; j++) {
            b.factor("F" + j, "Фактор " + j);
        }
        return b.isbshMode(IsbshMode.REGRESSION).build();
    }

    /** One row of input; the rows can be fed in any order. */
    private record Row(String school, int year, String code, double value, boolean factor) {
    }

    /**
     * A synthetic cohort: results depend on a hidden social level plus noise, some values are missing,
     * a tenth of the schools are advanced.
     */
    private static List<Row> rows(int schools, int indicators, int factors, long seed) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < schools; s++) {
            String code = String.format("R%06d", s);
            double social = random.nextGaussian();
            for (int year : YEARS) {
                for (int i = 0; i < indicators; i++) {
                    if (random.nextDouble() < 0.05) {
                        continue;
                    }
                    double v = 50 + 10 * social + 10 * random.nextGaussian();
                    rows.add(new Row(code, year, "I" + i, Math.round(v * 100) / 100.0, false));
                }
                for (int j = 0; j < factors; j++) {
                    if (random.nextDouble() < 0.02) {
                        continue;
                    }
                    double v = (j == 0 ? 0.3 - 0.1 * social : 0.5) + 0.1 * random.nextGaussian();
                    rows.add(new Row(code, year, "F" + j, v, true));
                }
            }
        }
        return rows;
    }

    private static CohortData data(int schools, List<Row> rows) {
        CohortData.Builder b = CohortData.builder();
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < schools; s++) {
            order.add(s);
        }
        Collections.shuffle(order, new Random(order.size()));
        for (int s : order) {
            b.school(String.format("R%06d", s), "M" + (s % 30), s % 10 == 0);
        }
        for (Row r : rows) {
            if (r.factor()) {
                b.factor(r.school(), r.year(), r.code(), r.value());
            } else {
                b.indicator(r.school(), r.year(), r.code(), r.value());
            }
        }
        return b.build();
    }

    @Test
    void sameInputGivesIdenticalResultWhateverTheLoadingOrder() {
        MethodologyVersion m = methodology(6, 3);
        List<Row> rows = rows(400, 6, 3, 42);
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(7));

        ClassificationResult first = new Classifier(m).classify(data(400, rows), 2024);
        ClassificationResult again = new Classifier(m).classify(data(400, rows), 2024);
        ClassificationResult reordered = new Classifier(m).classify(data(400, shuffled), 2024);

        assertThat(again).isEqualTo(first);
        assertThat(reordered).isEqualTo(first);
        assertThat(first.schools()).extracting(SchoolResult::schoolCode).isSorted();
        // the synthetic social level drives the results, so the first factor must come out significant
        assertThat(first.regression().factors().get(0).significant()).isTrue();
        assertThat(first.counts().iorQuartiles().values()).allSatisfy(count -> assertThat(count).isBetween(90, 110));
        assertThat(first.schools()).allSatisfy(s -> assertThat(s.statuses()).isSorted());
    }

    @Test
    void benchmarkSizedCohortIsClassifiedCompletely() {
        // 40,000 schools x 3 years x 20 indicators = 2.4M values (minus ~5% missing), 6 factors, regression.
        // Speed is measured by the JMH ClassificationBenchmark (docs/benchmarks.md), not here.
        int schools = 40_000;
        MethodologyVersion m = methodology(20, 6);
        ClassificationResult result = new Classifier(m).classify(data(schools, rows(schools, 20, 6, 1)), 2024);

        assertThat(result.schools()).hasSize(schools);
        assertThat(result.regression().sampleSize()).isGreaterThan(30_000);
    }
}
