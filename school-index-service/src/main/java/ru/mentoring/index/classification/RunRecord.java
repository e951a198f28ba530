package ru.mentoring.index.classification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import ru.mentoring.index.data.DataSetView;

/**
 * A stored run and what it read: its methodology version and its data sets, one per year and kind.
 *
 * @param dataSetsAssumed the run was computed before data sets existed: it names the data sets
 *                        its years had when versions were introduced, which it may not have read
 * @param cohortRecorded  the run recorded its cohort (runs before data sets did not: they are
 *                        recomputed with the cohort as it is now)
 */
record RunRecord(UUID runId, int year, String methodologyVersion, OffsetDateTime computedAt, String computedBy,
        int schoolCount, boolean dataSetsAssumed, boolean cohortRecorded, List<DataSetView> dataSets) {
}
