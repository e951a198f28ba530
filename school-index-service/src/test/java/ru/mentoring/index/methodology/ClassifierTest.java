package ru.mentoring.index.methodology;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static ru.mentoring.index.methodology.SchoolStatus.EFFECTIVE;
import static ru.mentoring.index.methodology.SchoolStatus.LOW_RESULTS;
import static ru.mentoring.index.methodology.SchoolStatus.RESILIENT;
import static ru.mentoring.index.methodology.SchoolStatus.RISK_ADVANCED_BELOW_AVERAGE;
import static ru.mentoring.index.methodology.SchoolStatus.RISK_GIA_VPR_GAP;
import static ru.mentoring.index.methodology.SchoolStatus.RISK_UNSTABLE;
import static ru.mentoring.index.methodology.SchoolStatus.STABLY_HIGH;
import static ru.mentoring.index.methodology.SchoolStatus.STABLY_LOW;
import static ru.mentoring.index.methodology.SchoolStatus.UNFAVOURABLE_SOCIAL;

/**
 * The statuses of §3.5 on small cohorts computed by hand. In the main cohort one GIA indicator takes
 * the values 1..8 (school s1..s8) every year, so ИОР = (v-1)/7 and P25 = 0.25, P50 = 0.5, P75 = 0.75;
 * one context factor F with a fixed weight gives ИСБШ in the order of F: s7 (F=1) and s6 (F=2) are Q1,
 * s5 (F=7) and s8 (F=8) are Q4.
 */
class ClassifierTest {

    private static final int[] F = {5, 4, 3, 6, 7, 2, 1, 8};

    private static MethodologyVersion fixedWeights() {
        return MethodologyVersion.builder("v1")
                .indicator("A", "A", Source.GIA, 1, 1)
                .factor("F", "F", 1.0)
                .isbshMode(IsbshMode.FIXED_WEIGHTS)
                .build();
    }

    private static CohortData mainCohort(int... years) {
        CohortData.Builder b = CohortData.builder();
        for (int s = 1; s <= 8; s++) {
            b.school("s" + s, "m", s == 6);
        }
        for (int year : years) {
            for (int s = 1; s <= 8; s++) {
                b.indicator("s" + s, year, "A", s);
                b.factor("s" + s, year, "F", F[s - 1]);
            }
        }
        return b.build();
    }

    private static SchoolResult school(ClassificationResult r, String code) {
        return r.schools().stream().filter(s -> s.schoolCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theLowestQuartileIsLowResultsAndThreeYearsOfItIsStablyLow() {
        ClassificationResult r = Classifier.classify(fixedWeights(), mainCohort(2022, 2023, 2024), 2024);
        assertThat(r.iorBoundaries().get(2024).p25()).isCloseTo(0.25, within(1e-12));
        assertThat(school(r, "s1").statuses()).contains(LOW_RESULTS, STABLY_LOW);
        assertThat(school(r, "s2").iorQuartile()).isEqualTo(1);
        assertThat(school(r, "s2").statuses()).contains(LOW_RESULTS, STABLY_LOW);
        assertThat(school(r, "s3").statuses()).doesNotContain(LOW_RESULTS, STABLY_LOW);
    }

    @Test
    void theTopQuartileThreeYearsRunningIsStablyHigh() {
        ClassificationResult r = Classifier.classify(fixedWeights(), mainCohort(2022, 2023, 2024), 2024);
        assertThat(school(r, "s7").statuses()).contains(STABLY_HIGH);
        assertThat(school(r, "s8").statuses()).contains(STABLY_HIGH);
        assertThat(school(r, "s6").statuses()).doesNotContain(STABLY_HIGH);
    }

    @Test
    void socialQuartilesGiveUnfavourableEffectiveAndResilient() {
        ClassificationResult r = Classifier.classify(fixedWeights(), mainCohort(2022, 2023, 2024), 2024);
        assertThat(school(r, "s8").statuses()).as("ИОР Q4, ИСБШ Q4").contains(EFFECTIVE).doesNotContain(RESILIENT);
        assertThat(school(r, "s5").statuses()).as("ИОР Q3, ИСБШ Q4").doesNotContain(EFFECTIVE);
        assertThat(school(r, "s7").statuses()).as("ИОР Q4, ИСБШ Q1").contains(RESILIENT, UNFAVOURABLE_SOCIAL);
        assertThat(school(r, "s6").iorQuartile()).isEqualTo(3);
        assertThat(school(r, "s6").statuses()).as("ИОР Q3, ИСБШ Q1").contains(RESILIENT, UNFAVOURABLE_SOCIAL);
        assertThat(school(r, "s1").statuses()).as("ИСБШ Q3").doesNotContain(UNFAVOURABLE_SOCIAL, RESILIENT);
        assertThat(school(r, "s8").isbsh()).isEqualTo(1.0);
        assertThat(school(r, "s7").isbsh()).isEqualTo(0.0);
    }

    @Test
    void anAdvancedSchoolBelowTheCohortMeanIsAtRisk() {
        // mean ИОР = (0+1+...+7)/7/8 = 0.5; s6 is advanced with 5/7 > 0.5: not at risk
        ClassificationResult r = Classifier.classify(fixedWeights(), mainCohort(2024), 2024);
        assertThat(r.meanIor()).isCloseTo(0.5, within(1e-12));
        assertThat(school(r, "s6").statuses()).doesNotContain(RISK_ADVANCED_BELOW_AVERAGE);

        CohortData.Builder b = CohortData.builder();
        for (int s = 1; s <= 8; s++) {
            b.school("s" + s, "m", s == 3).indicator("s" + s, 2024, "A", s);
        }
        ClassificationResult r2 = Classifier.classify(MethodologyVersion.builder("v").indicator("A", "A", Source.GIA, 1, 1).build(),
                b.build(), 2024);
        assertThat(school(r2, "s3").statuses()).contains(RISK_ADVANCED_BELOW_AVERAGE);
        assertThat(school(r2, "s3").explanation().get("cohortMeanIor")).isEqualTo(0.5);
    }

    @Test
    void resultsThatSwingOverThreeYearsAreUnstableAndAZeroMakesTheGeometricMeanZero() {
        // a = 0 and b = 10 pin min and max, so ИОР = v / 10
        int[][] values = {{2, 5, 8}, {0, 5, 5}, {5, 5, 5}, {5, 5, 6}};
        String[] codes = {"swing", "zero", "flat", "small"};
        CohortData.Builder builder = CohortData.builder().school("a", "m", false).school("b", "m", false);
        for (String c : codes) {
            builder.school(c, "m", false);
        }
        for (int k = 0; k < 3; k++) {
            int year = 2022 + k;
            builder.indicator("a", year, "A", 0).indicator("b", year, "A", 10);
            for (int c = 0; c < codes.length; c++) {
                builder.indicator(codes[c], year, "A", values[c][k]);
            }
        }
        ClassificationResult r = Classifier.classify(MethodologyVersion.builder("v").indicator("A", "A", Source.GIA, 1, 1).build(),
                builder.build(), 2024);
        // swing: AM 0.5, GM = cbrt(0.2*0.5*0.8) = 0.43089, gap 0.1382
        SchoolResult swing = school(r, "swing");
        assertThat(swing.statuses()).contains(RISK_UNSTABLE);
        @SuppressWarnings("unchecked")
        var stability = (java.util.Map<String, Object>) swing.explanation().get("stability");
        assertThat((Double) stability.get("geometricMean")).isCloseTo(Math.cbrt(0.08), within(1e-12));
        assertThat((Double) stability.get("relativeGap")).isCloseTo((0.5 - Math.cbrt(0.08)) / 0.5, within(1e-12));
        assertThat(school(r, "zero").statuses()).as("GM = 0, gap 1").contains(RISK_UNSTABLE);
        assertThat(school(r, "flat").statuses()).doesNotContain(RISK_UNSTABLE);
        // small: 0.5, 0.5, 0.6: AM 0.53333, GM 0.53133, gap 0.00375 <= 0.01
        assertThat(school(r, "small").statuses()).doesNotContain(RISK_UNSTABLE);
        assertThat(school(r, "a").statuses()).as("all zero: AM = 0, not flagged").doesNotContain(RISK_UNSTABLE);
    }

    @Test
    void aGiaVprRatioOfOneAndAHalfOrAZeroBesideANonZeroIsAGap() {
        MethodologyVersion m = MethodologyVersion.builder("v")
                .indicator("G", "G", Source.GIA, 1, 1)
                .indicator("V", "V", Source.VPR, 1, 1)
                .build();
        // min 0 and max 10 pinned by lo/hi, so each sub-index = v / 10
        CohortData data = CohortData.builder()
                .school("lo", "m", false).school("hi", "m", false).school("gap", "m", false).school("close", "m", false)
                .school("zero", "m", false)
                .indicator("lo", 2024, "G", 0).indicator("lo", 2024, "V", 0)
                .indicator("hi", 2024, "G", 10).indicator("hi", 2024, "V", 10)
                .indicator("gap", 2024, "G", 9).indicator("gap", 2024, "V", 6)
                .indicator("close", 2024, "G", 9).indicator("close", 2024, "V", 7)
                .indicator("zero", 2024, "G", 0).indicator("zero", 2024, "V", 5)
                .build();
        ClassificationResult r = Classifier.classify(m, data, 2024);
        assertThat(school(r, "gap").statuses()).as("0.9 / 0.6 = 1.5").contains(RISK_GIA_VPR_GAP);
        assertThat(school(r, "close").statuses()).as("0.9 / 0.7 = 1.29").doesNotContain(RISK_GIA_VPR_GAP);
        assertThat(school(r, "zero").statuses()).contains(RISK_GIA_VPR_GAP);
        assertThat(school(r, "lo").statuses()).as("both zero").doesNotContain(RISK_GIA_VPR_GAP);
    }

    @Test
    void withFewerThanThreeYearsTheThreeYearRulesDoNotApply() {
        ClassificationResult r = Classifier.classify(fixedWeights(), mainCohort(2023, 2024), 2024);
        assertThat(school(r, "s1").statuses()).contains(LOW_RESULTS).doesNotContain(STABLY_LOW, RISK_UNSTABLE);
        assertThat(school(r, "s8").statuses()).doesNotContain(STABLY_HIGH);
        assertThat(r.notes()).anyMatch(n -> n.contains("2022"));
    }

    @Test
    void aSingleSchoolCannotBeClassifiedIntoQuartiles() {
        CohortData data = CohortData.builder().school("only", "m", false).indicator("only", 2024, "A", 3).build();
        assertThatThrownBy(() -> Classifier.classify(fixedWeights(), data, 2024)).isInstanceOf(ComputationException.class);
    }

    @Test
    void aYearWithoutDataIsRefused() {
        assertThatThrownBy(() -> Classifier.classify(fixedWeights(), mainCohort(2023), 2024))
                .isInstanceOf(ComputationException.class)
                .hasMessageContaining("2024");
    }

    @Test
    void equalValuesEverywherePutEverySchoolOnTheLowestBoundary() {
        CohortData.Builder b = CohortData.builder();
        for (int s = 1; s <= 4; s++) {
            b.school("s" + s, "m", false).indicator("s" + s, 2024, "A", 3);
        }
        ClassificationResult r = Classifier.classify(MethodologyVersion.builder("v").indicator("A", "A", Source.GIA, 1, 1).build(),
                b.build(), 2024);
        // every ИОР is 0.5 = P25, and a value on a boundary belongs to the lower quartile
        assertThat(r.schools()).allSatisfy(s -> {
            assertThat(s.ior()).isEqualTo(0.5);
            assertThat(s.iorQuartile()).isEqualTo(1);
        });
    }

    @Test
    void aSchoolWithoutAFactorGetsNoIsbshAndSaysWhich() {
        CohortData.Builder b = CohortData.builder();
        for (int s = 1; s <= 5; s++) {
            b.school("s" + s, "m", false).indicator("s" + s, 2024, "A", s);
            if (s != 5) {
                b.factor("s" + s, 2024, "F", s);
            }
        }
        ClassificationResult r = Classifier.classify(fixedWeights(), b.build(), 2024);
        SchoolResult s5 = school(r, "s5");
        assertThat(s5.isbsh()).isNull();
        assertThat(s5.isbshQuartile()).isNull();
        @SuppressWarnings("unchecked")
        var isbsh = (java.util.Map<String, Object>) s5.explanation().get("isbsh");
        assertThat(isbsh.get("missingFactor")).isEqualTo("F");
    }

    @Test
    void theRegressionKeepsTheFactorThatExplainsResultsAndDropsNoise() {
        Random random = new Random(11);
        CohortData.Builder b = CohortData.builder();
        for (int s = 0; s < 60; s++) {
            String code = "r%02d".formatted(s);
            double social = random.nextGaussian();
            b.school(code, "m", false)
                    .indicator(code, 2024, "A", 50 + 10 * social + random.nextGaussian())
                    .factor(code, 2024, "POVERTY", 0.3 - 0.1 * social)
                    .factor(code, 2024, "NOISE", random.nextDouble());
        }
        MethodologyVersion m = MethodologyVersion.builder("reg")
                .indicator("A", "A", Source.GIA, 1, 1)
                .factor("POVERTY", "Малообеспеченные")
                .factor("NOISE", "Шум")
                .isbshMode(IsbshMode.REGRESSION)
                .build();
        ClassificationResult r = Classifier.classify(m, b.build(), 2024);
        RegressionSummary fit = r.regression();
        assertThat(fit.sampleSize()).isEqualTo(60);
        assertThat(fit.degreesOfFreedom()).isEqualTo(57);
        FactorFit poverty = fit.factors().get(0);
        FactorFit noise = fit.factors().get(1);
        assertThat(poverty.significant()).isTrue();
        assertThat(poverty.weight()).as("more poverty, lower results").isNegative();
        assertThat(noise.significant()).isFalse();
        assertThat(noise.weight()).isZero();
        assertThat(fit.noSignificantFactor()).isFalse();
    }

    @Test
    void theSameDataAndVersionGiveTheSameResultToTheLastDigit() {
        ClassificationResult first = Classifier.classify(fixedWeights(), mainCohort(2022, 2023, 2024), 2024);
        ClassificationResult second = Classifier.classify(fixedWeights(), mainCohort(2022, 2023, 2024), 2024);
        assertThat(second).isEqualTo(first);
        assertThat(second.schools().toString()).isEqualTo(first.schools().toString());
    }

    @Test
    void publishedBoundariesReplaceTheComputedOnes() {
        MethodologyVersion m = MethodologyVersion.builder("fixed")
                .indicator("A", "A", Source.GIA, 1, 1)
                .cohortChoice(CohortChoice.fixedBoundaries(java.util.Map.of(2024,
                        new PublishedBoundaries(new QuartileBoundaries(0.9, 0.95, 0.99), null))))
                .build();
        CohortData.Builder b = CohortData.builder();
        for (int s = 1; s <= 3; s++) {
            b.school("s" + s, "m", false).indicator("s" + s, 2024, "A", s);
        }
        // three schools are enough with published boundaries; ИОР 0, 0.5, 1 -> Q1, Q1, Q4
        ClassificationResult r = Classifier.classify(m, b.build(), 2024);
        assertThat(school(r, "s2").iorQuartile()).isEqualTo(1);
        assertThat(school(r, "s3").iorQuartile()).isEqualTo(4);
    }
}
