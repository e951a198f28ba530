package ru.mentoring.index.methodology;

/**
 * A school's ИСБШ in year Y.
 *
 * @param isbsh           ИСБШ, or {@code null}
 * @param raw             {@code Σ w_j z_j}, or {@code null}
 * @param quartile        1..4, or {@code null}
 * @param boundaries      ИСБШ boundaries of year Y, or {@code null} when ИСБШ is not computed
 * @param undefinedReason why ИСБШ is undefined, or {@code null}
 * @param missingFactor   for MISSING_FACTOR: the first factor with a non-zero weight the school lacks, else
 *                        {@code null}
 * @param note            Russian explanation of an undefined ИСБШ, else {@code null}
 */
record IsbshDetail(Double isbsh, Double raw, Integer quartile, QuartileBoundaries boundaries,
                          UndefinedReason undefinedReason, String missingFactor, String note) {
}
