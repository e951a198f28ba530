package ru.mentoring.index.data;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes data sets that are no longer current, stopped being current longer ago than
 * {@code index.data-sets.retention} (default three years) and are named by no stored
 * classification run: a run's data sets live as long as the run, so every kept run can be
 * recomputed. Runs every {@code index.data-sets.retention-check-every} (default 6 hours).
 */
@Component
class DataSetRetention {

    private static final Logger log = LoggerFactory.getLogger(DataSetRetention.class);

    private final JdbcClient jdbc;
    private final DataSetProperties properties;

    DataSetRetention(JdbcClient jdbc, DataSetProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${index.data-sets.retention-check-every:PT6H}",
            initialDelayString = "${index.data-sets.retention-check-every:PT6H}")
    void scheduled() {
        deleteExpired(OffsetDateTime.now());
    }

    /** @return the ids of the data sets deleted */
    @Transactional
    List<UUID> deleteExpired(OffsetDateTime now) {
        OffsetDateTime before = now.minus(properties.retention());
        // for update: a switch that makes one of them current again waits, and is then refused (gone)
        List<UUID> expired = jdbc.sql("""
                        select d.id from school_index.data_set d
                         where not d.current and d.superseded_at < ?
                           and not exists (select 1 from school_index.classification_run_data_set r where r.data_set_id = d.id)
                         for update""")
                .param(before).query(UUID.class).list();
        if (expired.isEmpty()) {
            return expired;
        }
        UUID[] ids = expired.toArray(UUID[]::new);
        // values first: they have no foreign key to data_set (it would slow COPY)
        long indicators = jdbc.sql("delete from school_index.indicator_value where data_set_id = any(?)").param(ids).update();
        long factors = jdbc.sql("delete from school_index.context_value where data_set_id = any(?)").param(ids).update();
        jdbc.sql("delete from school_index.data_set where id = any(?)").param(ids).update();
        log.info("Retention deleted {} data sets superseded before {} ({} indicator values, {} context values)",
                expired.size(), before, indicators, factors);
        return expired;
    }
}
