package ru.mentoring.index.methodology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * The ИСБШ regression (docs/methodology.md §3, the seed's definition): ordinary least squares of ИОР on the factors'
 * z-scores with an intercept (commons-math3 QR); a factor's weight is its coefficient when its two-sided
 * Student-t p-value (n - k - 1 degrees of freedom) is below alpha, else 0; when no factor is significant all
 * coefficients are used and the summary is flagged.
 */
final class Regression {

    /** |R_ii| at or below this in the QR decomposition means the factors are linearly dependent. */
    private static final double SINGULARITY_THRESHOLD = 1e-10;

    private Regression() {
    }

    /**
     * @param year    the year, for messages and the summary
     * @param y       ИОР of the sample's schools
     * @param columns {@code columns[j][i]}: z-score of factor j at sample school i
     * @param codes   factor codes, parallel to {@code columns}
     * @param alpha   significance level
     */
    static RegressionSummary fit(int year, double[] y, double[][] columns, List<String> codes, double alpha) {
        int n = y.length;
        int k = columns.length;
        if (codes.size() != k) {
            throw new IllegalArgumentException("codes and columns differ in length");
        }
        if (n <= k + 1) {
            throw new ComputationException(year, "Для регрессии по " + k + " контекстным факторам нужно не менее "
                    + (k + 2) + " школ с определённым ИОР и всеми факторами за " + year + " год, есть " + n);
        }
        if (isConstant(y)) {
            throw new ComputationException(year, "ИОР одинаков у всех школ выборки регрессии за " + year
                    + " год: влияние контекстных факторов оценить нельзя");
        }
        // A factor constant over the sample has no variance to explain anything: it is left out with weight 0
        // instead of making the whole design matrix singular.
        List<Integer> fitted = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            if (!isConstant(columns[j])) {
                fitted.add(j);
            }
        }
        if (fitted.isEmpty()) {
            throw new ComputationException(year, "Все контекстные факторы одинаковы у всех школ выборки регрессии за "
                    + year + " год: регрессия невозможна");
        }
        int p = fitted.size();
        double[][] x = new double[n][p];
        for (int c = 0; c < p; c++) {
            double[] column = columns[fitted.get(c)];
            for (int i = 0; i < n; i++) {
                x[i][c] = column[i];
            }
        }

        double[] beta;
        double[] se;
        double rSquared;
        double adjusted;
        try {
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(SINGULARITY_THRESHOLD);
            ols.newSampleData(y, x);
            beta = ols.estimateRegressionParameters();
            se = ols.estimateRegressionParametersStandardErrors();
            rSquared = ols.calculateRSquared();
            adjusted = ols.calculateAdjustedRSquared();
        } catch (SingularMatrixException e) {
            throw new ComputationException(year, "Контекстные факторы линейно зависимы за " + year
                    + " год (один выражается через другие): регрессия невозможна");
        }

        int df = n - p - 1;
        TDistribution t = new TDistribution(df);
        double[] coefficient = new double[k];
        Double[] stdError = new Double[k];
        Double[] tStat = new Double[k];
        Double[] pValue = new Double[k];
        boolean[] significant = new boolean[k];
        boolean[] excluded = new boolean[k];
        Arrays.fill(excluded, true);
        boolean anySignificant = false;
        for (int c = 0; c < p; c++) {
            int j = fitted.get(c);
            excluded[j] = false;
            double b = beta[c + 1];
            double s = se[c + 1];
            coefficient[j] = b;
            stdError[j] = s;
            // An exact fit leaves no residual variance: the t statistic is undefined and the factor does not
            // count as significant (its coefficient is still used if no factor is).
            if (s > 0 && Double.isFinite(s)) {
                double tv = b / s;
                double pv = 2 * t.cumulativeProbability(-Math.abs(tv));
                tStat[j] = tv;
                pValue[j] = pv;
                significant[j] = pv < alpha;
                anySignificant |= significant[j];
            }
        }
        List<FactorFit> fits = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            double weight = excluded[j] ? 0 : anySignificant ? (significant[j] ? coefficient[j] : 0) : coefficient[j];
            fits.add(new FactorFit(codes.get(j), coefficient[j], stdError[j], tStat[j], pValue[j], significant[j],
                    weight, excluded[j]));
        }
        return new RegressionSummary(year, n, p, df, beta[0], fits, rSquared, adjusted, alpha, !anySignificant);
    }

    private static boolean isConstant(double[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] != values[0]) {
                return false;
            }
        }
        return true;
    }
}
