package ru.mentoring.index.methodology;

/**
 * How one factor was turned into z-scores in one year: {@code z = (x - mean) / sd} over the schools that have
 * a value, with the sample standard deviation (n - 1); z = 0 for everyone when sd is 0 or undefined (one value).
 *
 * @param code              factor code
 * @param count             schools with a value
 * @param mean              mean, {@code null} when no school has a value
 * @param standardDeviation sample standard deviation, {@code null} when fewer than two schools have a value
 */
record FactorScaling(String code, int count, Double mean, Double standardDeviation) {
}
