package ru.mentoring.monitoring.stats;

import java.util.Random;

import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

import ru.mentoring.monitoring.stats.PairedChange.Method;
import ru.mentoring.monitoring.stats.PairedChange.Result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PairedChangeTest {

    @Test
    void sevenPeopleWhoAllImprovedGiveTheExactTwoSidedPOfTwoIn128() {
        Result r = PairedChange.of(new double[] {3, 4, 6, 5, 7, 5, 6}, new double[] {5, 6, 7, 8, 9, 7, 8});
        assertThat(r.pairs()).isEqualTo(7);
        assertThat(r.meanBefore()).isCloseTo(36.0 / 7, within(1e-12));
        assertThat(r.meanAfter()).isCloseTo(50.0 / 7, within(1e-12));
        assertThat(r.change()).isCloseTo(2.0, within(1e-12));
        assertThat(r.improved()).isEqualTo(7);
        assertThat(r.improvedShare()).isEqualTo(1.0);
        assertThat(r.method()).isEqualTo(Method.EXACT);
        // only "all seven up" and "all seven down" are as extreme: 2 of 2^7 sign patterns
        assertThat(r.pValue()).isCloseTo(2.0 / 128, within(1e-12));
        assertThat(r.significant()).isTrue();
    }

    @Test
    void anUnchangedPersonCountsAsAPairButNotInTheTest() {
        Result r = PairedChange.of(new double[] {3, 4, 6, 5, 7, 5, 6, 4}, new double[] {5, 6, 7, 8, 9, 7, 8, 4});
        assertThat(r.pairs()).isEqualTo(8);
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(r.nonZero()).isEqualTo(7);
        assertThat(r.improvedShare()).isEqualTo(7.0 / 8);
        assertThat(r.pValue()).isCloseTo(2.0 / 128, within(1e-12));
    }

    @Test
    void ranksOneToFiveWithTheLargestDownGiveTenOf32PatternsOnEachSide() {
        // differences +1 +2 +3 +4 −5: W+ = 10, W− = 5; sign patterns with rank sum ≥ 10: 10 of 32
        Result r = PairedChange.of(new double[] {5, 5, 5, 5, 10}, new double[] {6, 7, 8, 9, 5});
        assertThat(r.improved()).isEqualTo(4);
        assertThat(r.worsened()).isEqualTo(1);
        assertThat(r.change()).isCloseTo(1.0, within(1e-12));
        assertThat(r.pValue()).isCloseTo(2 * 10.0 / 32, within(1e-12));
        assertThat(r.significant()).isFalse();
    }

    @Test
    void nobodyChangedMeansNoPValue() {
        Result r = PairedChange.of(new double[] {7, 8}, new double[] {7, 8});
        assertThat(r.pairs()).isEqualTo(2);
        assertThat(r.change()).isEqualTo(0.0);
        assertThat(r.pValue()).isNull();
        assertThat(r.method()).isEqualTo(Method.NONE);
        assertThat(r.significant()).isNull();
        assertThat(PairedChange.of(new double[0], new double[0]).meanBefore()).isNull();
    }

    @Test
    void moreThanTwentyChangesUseTheNormalApproximationWithContinuityCorrection() {
        double[] before = new double[25];
        double[] after = new double[25];
        for (int i = 0; i < 25; i++) {
            before[i] = 5;
            after[i] = 6;
        }
        Result r = PairedChange.of(before, after);
        assertThat(r.method()).isEqualTo(Method.NORMAL_APPROXIMATION);
        // all ranks tied at 13: W− = 0, E = 162.5, Var = 1381.25, z = −163 / √1381.25
        double z = -163 / Math.sqrt(1381.25);
        double p = 2 * new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(z);
        assertThat(r.pValue()).isCloseTo(p, within(1e-12));
    }

    @Test
    void theDoubleArithmeticFallbackAgreesWithTheLibraryWhereBothWork() {
        Random random = new Random(42);
        double[] x = new double[500];
        double[] y = new double[500];
        for (int i = 0; i < x.length; i++) {
            y[i] = 1 + random.nextInt(10);
            do {
                x[i] = 1 + random.nextInt(10);
            } while (x[i] == y[i]);
        }
        assertThat(PairedChange.normalApproximation(x, y))
                .isCloseTo(new WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, y, false), within(1e-12));
    }

    @Test
    void fiftyThousandPeopleStillGetAPValue() {
        int n = 50_000;
        double[] before = new double[n];
        double[] after = new double[n];
        for (int i = 0; i < n; i++) {
            before[i] = 5;
            after[i] = i % 3 == 0 ? 4 : 7;
        }
        Result r = PairedChange.of(before, after);
        assertThat(r.pValue()).isNotNaN().isLessThan(0.001);
        assertThat(r.method()).isEqualTo(Method.NORMAL_APPROXIMATION);
    }
}
