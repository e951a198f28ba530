package ru.mentoring.index.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IsbshCalculatorTest {

    private static final double SQRT3 = Math.sqrt(3);

    @Test
    void zScoresUseTheSampleStandardDeviation() {
        // 1, 2, 3: mean 2, sample sd sqrt((1 + 0 + 1) / 2) = 1 -> -1, 0, 1 (population sd would give ±1.2247)
        double[] z = ZScores.of(new double[] {1, Double.NaN, 2, 3}, 4);
        assertThat(z[0]).isCloseTo(-1, within(1e-15));
        assertThat(z[1]).isNaN();
        assertThat(z[2]).isCloseTo(0, within(1e-15));
        assertThat(z[3]).isCloseTo(1, within(1e-15));
    }

    @Test
    void zScoreIsZeroWhenTheFactorDoesNotVaryOrHasOneValue() {
        assertThat(ZScores.of(new double[] {4, 4, 4}, 3)).containsExactly(0, 0, 0);
        assertThat(ZScores.of(new double[] {Double.NaN, 4}, 2)).containsExactly(Double.NaN, 0);
        assertThat(ZScores.of(null, 2)).containsExactly(Double.NaN, Double.NaN);
    }

    private static MethodologyVersion fixed(double w1, double w2) {
        return MethodologyVersion.builder("v")
                .indicator("A", "A", Source.OTHER, +1, 1)
                .factor("F1", "Доля родителей с высшим образованием", w1)
                .factor("F2", "Доля малоимущих семей", w2)
                .isbshMode(IsbshMode.FIXED_WEIGHTS)
                .build();
    }

    @Test
    void fixedWeightsModeAllowsNegativeWeights() {
        // F1: 1, 2, 3 -> z = -1, 0, 1.  F2: 0, 0, 3 -> mean 1, sd sqrt(6/2) = √3 -> z = -1/√3, -1/√3, 2/√3
        // raw = 1·z1 - 2·z2 = -1 + 2/√3, 2/√3, 1 - 4/√3; min is S3, max is S2
        // ИСБШ(S1) = (raw1 - raw3) / (raw2 - raw3) = (-2 + 6/√3) / (-1 + 6/√3) = (2√3 - 2) / (2√3 - 1)
        CohortData data = CohortData.builder()
                .school("S1", "M", false).school("S2", "M", false).school("S3", "M", false)
                .factor("S1", 2024, "F1", 1).factor("S2", 2024, "F1", 2).factor("S3", 2024, "F1", 3)
                .factor("S1", 2024, "F2", 0).factor("S2", 2024, "F2", 0).factor("S3", 2024, "F2", 3)
                .indicator("S1", 2024, "A", 1)
                .build();
        MethodologyVersion m = fixed(1, -2);

        IsbshValues v = IsbshCalculator.compute(m, data, 2024, IorCalculator.compute(m, data, 2024));

        assertThat(v.raw(0)).isCloseTo(-1 + 2 / SQRT3, within(1e-12));
        assertThat(v.raw(1)).isCloseTo(2 / SQRT3, within(1e-12));
        assertThat(v.raw(2)).isCloseTo(1 - 4 / SQRT3, within(1e-12));
        assertThat(v.isbsh(0)).isCloseTo((2 * SQRT3 - 2) / (2 * SQRT3 - 1), within(1e-12));
        assertThat(v.isbsh(0)).isCloseTo(0.594173, within(1e-6));
        assertThat(v.isbsh(1)).isEqualTo(1.0);
        assertThat(v.isbsh(2)).isEqualTo(0.0);
        assertThat(v.regression()).isNull();
        assertThat(v.weights()).containsExactly(new FactorWeight("F1", 1), new FactorWeight("F2", -2));
        assertThat(v.scaling().get(1)).isEqualTo(new FactorScaling("F2", 3, 1.0, SQRT3));
        assertThat(v.definedCount()).isEqualTo(3);
    }

    @Test
    void schoolLackingAFactorWithNonZeroWeightHasNoIsbsh() {
        CohortData data = CohortData.builder()
                .school("S1", "M", false).school("S2", "M", false).school("S3", "M", false)
                .factor("S1", 2024, "F1", 1).factor("S2", 2024, "F1", 2).factor("S3", 2024, "F1", 3)
                .factor("S1", 2024, "F2", 0).factor("S2", 2024, "F2", 1)
                .indicator("S1", 2024, "A", 1)
                .build();
        MethodologyVersion m = fixed(1, -2);

        IsbshValues v = IsbshCalculator.compute(m, data, 2024, IorCalculator.compute(m, data, 2024));

        assertThat(v.isbsh(2)).isNull();
        assertThat(v.undefinedReason(2)).isEqualTo(UndefinedReason.MISSING_FACTOR);
        assertThat(v.missingFactor(2)).isEqualTo("F2");
    }

    @Test
    void factorWithZeroWeightIsNotRequired() {
        CohortData data = CohortData.builder()
                .school("S1", "M", false).school("S2", "M", false).school("S3", "M", false)
                .factor("S1", 2024, "F1", 1).factor("S2", 2024, "F1", 2).factor("S3", 2024, "F1", 3)
                .factor("S1", 2024, "F2", 5)
                .indicator("S1", 2024, "A", 1)
                .build();
        MethodologyVersion m = fixed(1, 0);

        IsbshValues v = IsbshCalculator.compute(m, data, 2024, IorCalculator.compute(m, data, 2024));

        assertThat(v.isbsh(0)).isEqualTo(0.0);
        assertThat(v.isbsh(1)).isEqualTo(0.5);
        assertThat(v.isbsh(2)).isEqualTo(1.0);
    }

    @Test
    void equalRawValuesGiveHalfToEverySchool() {
        CohortData data = CohortData.builder()
                .school("S1", "M", false).school("S2", "M", false)
                .factor("S1", 2024, "F1", 7).factor("S2", 2024, "F1", 7)
                .factor("S1", 2024, "F2", 1).factor("S2", 2024, "F2", 1)
                .indicator("S1", 2024, "A", 1)
                .build();
        MethodologyVersion m = fixed(1, -1);

        IsbshValues v = IsbshCalculator.compute(m, data, 2024, IorCalculator.compute(m, data, 2024));

        assertThat(v.isbsh(0)).isEqualTo(0.5);
        assertThat(v.isbsh(1)).isEqualTo(0.5);
    }

    @Test
    void regressionModeUsesOnlySignificantCoefficients() {
        // Same data set as RegressionTest.onlyTheFactorThatExplainsIorIsSignificant: F1 significant, F2 not,
        // so raw = β1·z1 and ИСБШ is min-max of F1 itself: 0, 0.2, 0.4, 0.6, 0.8, 1
        double[] iorValues = {0, 0.2, 0.5, 0.55, 0.8, 1.0};
        double[] f1 = {1, 2, 3, 4, 5, 6};
        double[] f2 = {1, 0, 0, 1, 0, 1};
        CohortData.Builder b = CohortData.builder();
        for (int i = 0; i < 6; i++) {
            String code = "S" + (i + 1);
            b.school(code, "M", false).indicator(code, 2024, "A", iorValues[i])
                    .factor(code, 2024, "F1", f1[i]).factor(code, 2024, "F2", f2[i]);
        }
        b.school("S7", "M", false).factor("S7", 2024, "F1", 3.5); // no ИОР, no F2: still gets ИСБШ
        CohortData data = b.build();
        MethodologyVersion m = MethodologyVersion.builder("v")
                .indicator("A", "A", Source.OTHER, +1, 1)
                .factor("F1", "F1").factor("F2", "F2")
                .isbshMode(IsbshMode.REGRESSION).build();

        IsbshValues v = IsbshCalculator.compute(m, data, 2024, IorCalculator.compute(m, data, 2024));

        RegressionSummary r = v.regression();
        assertThat(r.sampleSize()).isEqualTo(6);
        assertThat(r.factors().get(0).significant()).isTrue();
        assertThat(r.factors().get(1).significant()).isFalse();
        assertThat(v.weights().get(1).weight()).isZero();
        double[] expected = {0, 0.2, 0.4, 0.6, 0.8, 1.0};
        // z-scores are taken over all 7 schools with F1, so S7 (F1 = 3.5) sits in the middle
        for (int i = 0; i < 6; i++) {
            assertThat(v.isbsh(i)).isCloseTo(expected[i], within(1e-12));
        }
        assertThat(v.isbsh(6)).isCloseTo(0.5, within(1e-12));
    }
}
