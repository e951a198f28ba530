package ru.mentoring.index.data;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param retention           how long a data set is kept after it stopped being current, unless a
 *                            stored classification run names it (then it is kept as long as the run)
 * @param retentionCheckEvery how often the retention job looks for expired data sets
 * @param maxDroppedShare     the largest share of the current version's schools a new upload may
 *                            leave out without {@code ?replace=all}; above it the upload is refused
 */
@ConfigurationProperties("index.data-sets")
record DataSetProperties(Period retention, Duration retentionCheckEvery, Double maxDroppedShare) {

    DataSetProperties {
        retention = retention == null ? Period.ofYears(3) : retention;
        retentionCheckEvery = retentionCheckEvery == null ? Duration.ofHours(6) : retentionCheckEvery;
        maxDroppedShare = maxDroppedShare == null ? 0.1 : maxDroppedShare;
        if (maxDroppedShare < 0 || maxDroppedShare > 1) {
            throw new IllegalArgumentException("index.data-sets.max-dropped-share must be between 0 and 1");
        }
    }
}
