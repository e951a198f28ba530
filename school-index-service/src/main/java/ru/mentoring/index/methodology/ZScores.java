package ru.mentoring.index.methodology;

import java.util.Arrays;

/**
 * z-scores of one factor column over the schools that have a value.
 *
 * <p>Sample standard deviation (divide by n - 1, like Excel's STDEV.S): the cohort is treated as a sample of
 * the conditions a school may have. z = 0 for every school when the deviation is 0 (all equal) or undefined
 * (a single value): such a factor says nothing about a school's position.
 */
final class ZScores {

    private ZScores() {
    }

    /** The scores, NaN where the column has none, in school order; {@code column} may be null (no values). */
    static double[] of(double[] column, int size) {
        return compute(null, column, size).z();
    }

    static Scored compute(String code, double[] column, int size) {
        double[] z = new double[size];
        Arrays.fill(z, Double.NaN);
        if (column == null) {
            return new Scored(z, new FactorScaling(code, 0, null, null));
        }
        int count = 0;
        double sum = 0;
        for (double x : column) {
            if (!Double.isNaN(x)) {
                count++;
                sum += x;
            }
        }
        if (count == 0) {
            return new Scored(z, new FactorScaling(code, 0, null, null));
        }
        double mean = sum / count;
        double squares = 0;
        for (double x : column) {
            if (!Double.isNaN(x)) {
                double d = x - mean;
                squares += d * d;
            }
        }
        double sd = count > 1 ? Math.sqrt(squares / (count - 1)) : Double.NaN;
        boolean degenerate = !(sd > 0);
        for (int s = 0; s < size; s++) {
            double x = column[s];
            if (!Double.isNaN(x)) {
                z[s] = degenerate ? 0.0 : (x - mean) / sd;
            }
        }
        return new Scored(z, new FactorScaling(code, count, mean, Numbers.boxOrNull(sd)));
    }

    record Scored(double[] z, FactorScaling scaling) {
    }
}
