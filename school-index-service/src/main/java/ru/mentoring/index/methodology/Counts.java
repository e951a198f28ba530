package ru.mentoring.index.methodology;

import java.util.Map;

/**
 * Totals of a classification for year Y.
 *
 * @param schools        schools in the result
 * @param iorDefined     with a defined ИОР(Y)
 * @param iorUndefined   without
 * @param isbshDefined   with a defined ИСБШ(Y)
 * @param iorQuartiles   schools per ИОР quartile 1..4 (every key present)
 * @param isbshQuartiles schools per ИСБШ quartile 1..4 (every key present)
 * @param statuses       schools per status (every status present, in status order)
 */
record Counts(int schools, int iorDefined, int iorUndefined, int isbshDefined,
                     Map<Integer, Integer> iorQuartiles, Map<Integer, Integer> isbshQuartiles,
                     Map<SchoolStatus, Integer> statuses) {
}
