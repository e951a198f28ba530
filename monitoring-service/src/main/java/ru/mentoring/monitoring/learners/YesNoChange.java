package ru.mentoring.monitoring.learners;

import org.apache.commons.math3.distribution.BinomialDistribution;

import ru.mentoring.monitoring.stats.PairedChange;

/**
 * The change of a yes/no status (on a register, attending a club) over the same people before and
 * after: the Wilcoxon signed-rank test of the dynamics ({@link PairedChange}) applied to a 0/1 value.
 * Every non-zero difference is ±1, so all ranks are tied and the test is exactly the sign test
 * (McNemar's exact test): under no change, of the n people whose status changed, those who gained it
 * follow Binomial(n, ½). Computed exactly here, since the rank-sum enumeration of {@link PairedChange}
 * does not account for the ties.
 */
final class YesNoChange {

    /**
     * @param gained people with "no" before and "yes" after
     * @param lost   people with "yes" before and "no" after
     * @param pValue two-sided exact p-value; null when nobody's status changed
     */
    record Result(int gained, int lost, Double pValue) {

        Boolean significant() {
            return pValue == null ? null : pValue < PairedChange.SIGNIFICANCE_LEVEL;
        }
    }

    private YesNoChange() {
    }

    static Result of(int gained, int lost) {
        int n = gained + lost;
        if (n == 0) {
            return new Result(gained, lost, null);
        }
        double tail = new BinomialDistribution(null, n, 0.5).cumulativeProbability(Math.min(gained, lost));
        return new Result(gained, lost, Math.min(1.0, 2 * tail));
    }
}
