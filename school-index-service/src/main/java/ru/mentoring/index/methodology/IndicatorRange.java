package ru.mentoring.index.methodology;

/**
 * The min-max normalisation range of one indicator in one year.
 *
 * @param code  indicator code
 * @param count schools that have a value
 * @param min   smallest value, {@code null} when no school has one
 * @param max   largest value, {@code null} when no school has one
 */
record IndicatorRange(String code, int count, Double min, Double max) {
}
