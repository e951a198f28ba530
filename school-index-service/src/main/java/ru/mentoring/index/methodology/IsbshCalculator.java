package ru.mentoring.index.methodology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ИСБШ for one year (docs/methodology.md §3).
 *
 * <p>Every factor is z-scored over the schools that have it ({@link ZScores}). Weights: published ones in
 * FIXED_WEIGHTS mode; in REGRESSION mode the {@link Regression} over the schools with a defined ИОР and every
 * factor. {@code raw = Σ w_j z_j} over the factors with a non-zero weight, for every school that has all of
 * them; {@code ИСБШ = (raw - min raw) / (max raw - min raw)} over those schools, 0.5 for all when equal.
 */
final class IsbshCalculator {

    private IsbshCalculator() {
    }

    /**
     * @param ior ИОР of the same year (used by the regression only)
     * @throws ComputationException when the regression cannot be fitted
     */
    static IsbshValues compute(MethodologyVersion methodology, CohortData data, int year, IorValues ior) {
        int n = data.size();
        List<ContextFactor> factors = methodology.contextFactors();
        int k = factors.size();
        double[] raw = new double[n];
        double[] isbsh = new double[n];
        Arrays.fill(raw, Double.NaN);
        Arrays.fill(isbsh, Double.NaN);
        UndefinedReason[] reasons = new UndefinedReason[n];
        String[] missing = new String[n];
        if (k == 0) {
            Arrays.fill(reasons, UndefinedReason.NO_CONTEXT_FACTORS);
            return new IsbshValues(year, methodology.isbshMode(), raw, isbsh, reasons, missing, List.of(), List.of(),
                    null, null, null);
        }

        double[][] z = new double[k][];
        List<FactorScaling> scaling = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            String code = factors.get(j).code();
            ZScores.Scored scored = ZScores.compute(code, data.factorColumn(year, code), n);
            z[j] = scored.z();
            scaling.add(scored.scaling());
        }

        // Factors not loaded for the year at all: nothing to compute (not an error: past years are often
        // classified from indicators only). The classifier notes it and skips the ИСБШ rules.
        boolean anyValue = false;
        for (FactorScaling sc : scaling) {
            anyValue |= sc.count() > 0;
        }
        if (!anyValue) {
            Arrays.fill(reasons, UndefinedReason.NO_FACTOR_DATA);
            return new IsbshValues(year, methodology.isbshMode(), raw, isbsh, reasons, missing, scaling, List.of(),
                    null, null, null);
        }

        double[] weight = new double[k];
        RegressionSummary regression = null;
        if (methodology.isbshMode() == IsbshMode.FIXED_WEIGHTS) {
            for (int j = 0; j < k; j++) {
                weight[j] = factors.get(j).weight();
            }
        } else {
            regression = fit(methodology, year, ior, z, factors);
            for (int j = 0; j < k; j++) {
                weight[j] = regression.factors().get(j).weight();
            }
        }
        List<FactorWeight> weights = new ArrayList<>(k);
        boolean anyWeight = false;
        for (int j = 0; j < k; j++) {
            weights.add(new FactorWeight(factors.get(j).code(), weight[j]));
            anyWeight |= weight[j] != 0;
        }

        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int defined = 0;
        for (int s = 0; s < n; s++) {
            if (!anyWeight) {
                reasons[s] = UndefinedReason.NO_FACTOR_WEIGHTS;
                continue;
            }
            double sum = 0;
            boolean complete = true;
            for (int j = 0; j < k; j++) {
                if (weight[j] == 0) {
                    continue; // a factor that does not count is not required either
                }
                double zj = z[j][s];
                if (Double.isNaN(zj)) {
                    complete = false;
                    missing[s] = factors.get(j).code();
                    break;
                }
                sum += weight[j] * zj;
            }
            if (!complete) {
                reasons[s] = UndefinedReason.MISSING_FACTOR;
                continue;
            }
            raw[s] = sum;
            defined++;
            if (sum < min) {
                min = sum;
            }
            if (sum > max) {
                max = sum;
            }
        }
        if (defined > 0) {
            boolean flat = max == min;
            double range = max - min;
            for (int s = 0; s < n; s++) {
                if (!Double.isNaN(raw[s])) {
                    isbsh[s] = flat ? 0.5 : (raw[s] - min) / range;
                }
            }
        }
        return new IsbshValues(year, methodology.isbshMode(), raw, isbsh, reasons, missing, scaling, weights,
                regression, defined > 0 ? min : null, defined > 0 ? max : null);
    }

    /** The sample: schools (in code order) with a defined ИОР and a value of every factor. */
    private static RegressionSummary fit(MethodologyVersion methodology, int year, IorValues ior, double[][] z,
                                         List<ContextFactor> factors) {
        int n = ior.size();
        int k = factors.size();
        int[] sample = new int[n];
        int m = 0;
        for (int s = 0; s < n; s++) {
            if (Double.isNaN(ior.ior[s])) {
                continue;
            }
            boolean complete = true;
            for (int j = 0; j < k && complete; j++) {
                complete = !Double.isNaN(z[j][s]);
            }
            if (complete) {
                sample[m++] = s;
            }
        }
        double[] y = new double[m];
        double[][] columns = new double[k][m];
        for (int i = 0; i < m; i++) {
            int s = sample[i];
            y[i] = ior.ior[s];
            for (int j = 0; j < k; j++) {
                columns[j][i] = z[j][s];
            }
        }
        List<String> codes = factors.stream().map(ContextFactor::code).toList();
        return Regression.fit(year, y, columns, codes, methodology.thresholds().significanceAlpha());
    }
}
