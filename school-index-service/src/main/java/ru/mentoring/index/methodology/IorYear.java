package ru.mentoring.index.methodology;

/**
 * A school's ИОР in one of the years Y-2, Y-1, Y.
 *
 * @param year            the year
 * @param ior             ИОР, or {@code null}
 * @param quartile        1..4, or {@code null} when ИОР is undefined or the year has no quartiles
 * @param boundaries      that year's ИОР boundaries, or {@code null} when the year has no quartiles
 * @param weightShare     share of the total indicator weight the school's values carry ({@code null} when the
 *                        year is not loaded)
 * @param undefinedReason why ИОР is undefined, or {@code null}
 * @param note            human explanation in Russian of an undefined ИОР or of missing quartiles, else
 *                        {@code null}
 */
record IorYear(int year, Double ior, Integer quartile, QuartileBoundaries boundaries, Double weightShare,
                      UndefinedReason undefinedReason, String note) {
}
