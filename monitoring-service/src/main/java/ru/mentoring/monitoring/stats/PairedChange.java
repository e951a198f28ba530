package ru.mentoring.monitoring.stats;

import java.util.Arrays;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * The change of one scale item between a person's answer before the programme and after it, over
 * the people who answered both, with the Wilcoxon signed-rank test (commons-math3
 * {@link WilcoxonSignedRankTest}), two-sided.
 *
 * <ul>
 *   <li>Zero differences (the same score before and after) are dropped before ranking, as in
 *       Wilcoxon's original test and R's {@code wilcox.test}; commons-math3 would otherwise rank
 *       them and count them against the change. Equal absolute differences get average ranks.</li>
 *   <li>{@link Method#EXACT}: at most {@value #EXACT_UP_TO} non-zero differences, the library's exact
 *       null distribution of the rank sum (it enumerates 2<sup>n</sup> sign patterns, so larger n
 *       would be slow; with tied ranks it is the usual exact-without-tie-correction value).</li>
 *   <li>{@link Method#NORMAL_APPROXIMATION}: more non-zero differences, the library's normal
 *       approximation with continuity correction and no tie correction. Above
 *       {@value #LIBRARY_LIMIT} differences the library's {@code int} arithmetic overflows, so the
 *       same formula is evaluated here in {@code double} (ranks and normal distribution still from
 *       commons-math3).</li>
 *   <li>{@link Method#NONE}: no non-zero difference (nobody changed, or nobody answered both): no p-value.</li>
 * </ul>
 */
public final class PairedChange {

    public enum Method {
        EXACT, NORMAL_APPROXIMATION, NONE
    }

    public static final int EXACT_UP_TO = 20;
    /** n·(n+1) still fits an int: the largest n the library's formulas handle. */
    static final int LIBRARY_LIMIT = 46_340;
    public static final double SIGNIFICANCE_LEVEL = 0.05;

    /**
     * @param pairs     people with both answers
     * @param change    mean after − mean before
     * @param improved  people whose score rose
     * @param nonZero   pairs whose score changed (the test's n)
     * @param pValue    two-sided p-value, null for {@link Method#NONE}
     */
    public record Result(int pairs, Double meanBefore, Double meanAfter, Double change, int improved, int unchanged,
            int worsened, int nonZero, Double pValue, Method method) {

        public Double improvedShare() {
            return pairs == 0 ? null : (double) improved / pairs;
        }

        public Boolean significant() {
            return pValue == null ? null : pValue < SIGNIFICANCE_LEVEL;
        }
    }

    private PairedChange() {
    }

    public static Result of(double[] before, double[] after) {
        if (before.length != after.length) {
            throw new IllegalArgumentException("before and after differ in length: " + before.length + " vs " + after.length);
        }
        int n = before.length;
        if (n == 0) {
            return new Result(0, null, null, null, 0, 0, 0, 0, null, Method.NONE);
        }
        double sumBefore = 0;
        double sumAfter = 0;
        int improved = 0;
        int worsened = 0;
        double[] changedBefore = new double[n];
        double[] changedAfter = new double[n];
        int nonZero = 0;
        for (int i = 0; i < n; i++) {
            sumBefore += before[i];
            sumAfter += after[i];
            if (after[i] > before[i]) {
                improved++;
            } else if (after[i] < before[i]) {
                worsened++;
            }
            if (after[i] != before[i]) {
                changedBefore[nonZero] = before[i];
                changedAfter[nonZero] = after[i];
                nonZero++;
            }
        }
        double meanBefore = sumBefore / n;
        double meanAfter = sumAfter / n;
        Double p = null;
        Method method = Method.NONE;
        if (nonZero > 0) {
            double[] x = Arrays.copyOf(changedAfter, nonZero);
            double[] y = Arrays.copyOf(changedBefore, nonZero);
            if (nonZero <= EXACT_UP_TO) {
                method = Method.EXACT;
                p = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, y, true);
            } else {
                method = Method.NORMAL_APPROXIMATION;
                p = nonZero <= LIBRARY_LIMIT ? new WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, y, false)
                        : normalApproximation(x, y);
            }
            p = Math.min(1.0, p);
        }
        return new Result(n, meanBefore, meanAfter, meanAfter - meanBefore, improved, n - improved - worsened, worsened,
                nonZero, p, method);
    }

    /** The library's normal approximation, in double arithmetic for n beyond its int range. */
    static double normalApproximation(double[] x, double[] y) {
        int n = x.length;
        double[] absolute = new double[n];
        for (int i = 0; i < n; i++) {
            absolute[i] = Math.abs(x[i] - y[i]);
        }
        double[] ranks = new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE).rank(absolute);
        double plus = 0;
        for (int i = 0; i < n; i++) {
            if (x[i] - y[i] > 0) {
                plus += ranks[i];
            }
        }
        double total = (double) n * (n + 1) / 2.0;
        double minus = total - plus;
        double wMin = Math.min(plus, minus);
        double expected = (double) n * (n + 1) / 4.0;
        double variance = expected * (2.0 * n + 1) / 6.0;
        double z = (wMin - expected - 0.5) / Math.sqrt(variance);
        return 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(z);
    }
}
