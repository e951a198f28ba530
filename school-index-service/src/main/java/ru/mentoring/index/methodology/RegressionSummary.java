package ru.mentoring.index.methodology;

import java.util.List;

/**
 * The fitted ИСБШ regression of one year: OLS of ИОР on the factors' z-scores with an intercept.
 *
 * @param year                the year fitted
 * @param sampleSize          n: schools with a defined ИОР and every factor
 * @param factorCount         k: factors actually fitted (excluding constant ones)
 * @param degreesOfFreedom    n - k - 1
 * @param intercept           the intercept (not used by ИСБШ: min-max removes it)
 * @param factors             one entry per methodology factor, in methodology order
 * @param rSquared            R²
 * @param adjustedRSquared    adjusted R²
 * @param significanceAlpha   the alpha the p-values were compared with
 * @param noSignificantFactor no p-value was below alpha, so all coefficients were used as weights
 */
record RegressionSummary(int year, int sampleSize, int factorCount, int degreesOfFreedom, double intercept,
                                List<FactorFit> factors, double rSquared, double adjustedRSquared,
                                double significanceAlpha, boolean noSignificantFactor) {

    RegressionSummary {
        factors = List.copyOf(factors);
    }
}
