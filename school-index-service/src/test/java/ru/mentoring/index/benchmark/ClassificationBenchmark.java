package ru.mentoring.index.benchmark;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import ru.mentoring.index.methodology.ClassificationResult;
import ru.mentoring.index.methodology.Classifier;
import ru.mentoring.index.methodology.CohortData;
import ru.mentoring.index.methodology.IsbshMode;
import ru.mentoring.index.methodology.MethodologyVersion;
import ru.mentoring.index.methodology.Source;

/**
 * Issue 4's target: the pure computation in regression mode for 40,000 schools × 3 years × 20
 * indicators (2.4 million values) plus 8 context factors, under 2 s. Run (see docs/benchmarks.md):
 * {@code ./mvnw -q -pl school-index-service test-compile} then
 * {@code java -cp "$(cat school-index-service/target/bench.classpath)" ru.mentoring.index.benchmark.ClassificationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ClassificationBenchmark {

    static final int SCHOOLS = 40_000;
    static final int INDICATORS = 20;
    static final int FACTORS = 8;

    MethodologyVersion methodology;
    CohortData data;

    @Setup
    public void setUp() {
        methodology = methodology();
        data = cohort(new Random(42));
    }

    /** The benchmark's methodology (also what the index's results-pinning test classifies with). */
    public static MethodologyVersion methodology() {
        MethodologyVersion.Builder m = MethodologyVersion.builder("bench").isbshMode(IsbshMode.REGRESSION);
        for (int i = 0; i < INDICATORS; i++) {
            m.indicator("I" + i, "Indicator " + i, i % 2 == 0 ? Source.GIA : Source.VPR, i % 5 == 0 ? -1 : 1, 1 + i % 3);
        }
        for (int f = 0; f < FACTORS; f++) {
            m.factor("F" + f, "Factor " + f);
        }
        return m.build();
    }

    /** The benchmark's cohort: 40,000 schools, three years, a few values missing. */
    public static CohortData cohort(Random random) {
        CohortData.Builder b = CohortData.builder();
        for (int s = 0; s < SCHOOLS; s++) {
            b.school("S%05d".formatted(s), "M" + (s % 300), s % 25 == 0);
        }
        for (int s = 0; s < SCHOOLS; s++) {
            String code = "S%05d".formatted(s);
            double social = random.nextGaussian();
            double quality = 0.5 * social + random.nextGaussian();
            for (int year = 2022; year <= 2024; year++) {
                for (int i = 0; i < INDICATORS; i++) {
                    if (random.nextInt(100) < 3) {
                        continue; // a few missing values, as in real data
                    }
                    b.indicator(code, year, "I" + i, 50 + 10 * quality + random.nextGaussian() * 5);
                }
                for (int f = 0; f < FACTORS; f++) {
                    b.factor(code, year, "F" + f, Math.max(0, Math.min(1, 0.3 + 0.1 * social * (f % 2 == 0 ? 1 : -1) + random.nextGaussian() * 0.05)));
                }
            }
        }
        return b.build();
    }

    @Benchmark
    public ClassificationResult classifyYearInRegressionMode() {
        return Classifier.classify(methodology, data, 2024);
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(ClassificationBenchmark.class.getSimpleName()).build()).run();
    }
}
