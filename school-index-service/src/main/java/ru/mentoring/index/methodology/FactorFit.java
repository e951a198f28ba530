package ru.mentoring.index.methodology;

/**
 * One factor of the ИСБШ regression.
 *
 * @param code          factor code
 * @param coefficient   OLS coefficient of the factor's z-score (0 when excluded)
 * @param standardError its standard error ({@code null} when excluded)
 * @param tStatistic    coefficient / standard error ({@code null} when excluded or the error is 0: exact fit)
 * @param pValue        two-sided p-value, Student's t with n - k - 1 degrees of freedom ({@code null} as above)
 * @param significant   {@code pValue < alpha}
 * @param weight        the weight ИСБШ uses: the coefficient if significant (or if no factor is), else 0
 * @param excluded      the factor's z-score is the same for every school of the sample, so it cannot be fitted;
 *                      its weight is 0
 */
record FactorFit(String code, double coefficient, Double standardError, Double tStatistic, Double pValue,
                        boolean significant, double weight, boolean excluded) {
}
