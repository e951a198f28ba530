package ru.mentoring.index.methodology;

/**
 * The numbers behind the "unstable results" rule over Y-2, Y-1, Y.
 *
 * @param arithmeticMean AM of the three ИОР values, or {@code null} when ИОР is not defined in all three years
 * @param geometricMean  GM (0 if any value is 0), or {@code null}
 * @param relativeGap    {@code (AM - GM) / AM}, or {@code null} (also when AM is 0)
 * @param threshold      the methodology's threshold (0.01)
 * @param note           Russian explanation when the rule cannot apply, else {@code null}
 */
record StabilityDetail(Double arithmeticMean, Double geometricMean, Double relativeGap, double threshold,
                              String note) {
}
