package ru.mentoring.index.methodology;

import java.util.List;

/**
 * The ИОР side of one of the years Y-2, Y-1, Y.
 *
 * @param year                       the year
 * @param loaded                     any indicator value was loaded for it
 * @param iorDefined                 schools with a defined ИОР
 * @param meanIor                    mean ИОР over them, or {@code null}
 * @param iorBoundaries              quartile boundaries, or {@code null} when unavailable
 * @param boundarySource             computed or published, {@code null} when unavailable
 * @param quartilesUnavailableReason Russian reason when there are no boundaries, else {@code null}
 * @param indicatorRanges            min and max of each indicator (the normalisation), methodology order
 */
record YearSummary(int year, boolean loaded, int iorDefined, Double meanIor, QuartileBoundaries iorBoundaries,
                          BoundarySource boundarySource, String quartilesUnavailableReason,
                          List<IndicatorRange> indicatorRanges) {

    YearSummary {
        indicatorRanges = List.copyOf(indicatorRanges);
    }
}
