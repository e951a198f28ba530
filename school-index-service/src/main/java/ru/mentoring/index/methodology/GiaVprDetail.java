package ru.mentoring.index.methodology;

/**
 * The numbers behind the GIA/VPR differentiation rule in year Y.
 *
 * @param giaIndex  index over GIA indicators only (same formula as ИОР), or {@code null}
 * @param vprIndex  index over VPR indicators only, or {@code null}
 * @param ratio     max / min, or {@code null} when an index is undefined or zero
 * @param threshold the methodology's threshold (1.5)
 * @param note      Russian explanation when the rule cannot apply or one index is zero, else {@code null}
 */
record GiaVprDetail(Double giaIndex, Double vprIndex, Double ratio, double threshold, String note) {
}
