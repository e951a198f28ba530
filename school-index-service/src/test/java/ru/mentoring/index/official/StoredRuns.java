package ru.mentoring.index.official;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes classification runs straight into the tables, so that tests know every number exactly. */
public final class StoredRuns {

    private StoredRuns() {
    }

    /** A school's row of a run. */
    public record Row(String code, Double ior, Integer iorQuartile, Double isbsh, Integer isbshQuartile, String... statuses) {
    }

    public static Row row(String code, Double ior, Integer iorQuartile, Double isbsh, Integer isbshQuartile, String... statuses) {
        return new Row(code, ior, iorQuartile, isbsh, isbshQuartile, statuses);
    }

    /** A low-results row (Q1) with made-up indices. */
    public static Row low(String code) {
        return row(code, 0.1, 1, 0.5, 2, "LOW_RESULTS");
    }

    /** A row without statuses (Q3). */
    public static Row plain(String code) {
        return row(code, 0.6, 3, 0.5, 2);
    }

    public static UUID store(JdbcClient jdbc, int year, String version, OffsetDateTime at, List<Row> rows) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into school_index.classification_run
                               (id, year, methodology_version, computed_at, computed_by, school_count, summary)
                        values (?, ?, ?, ?, 'test', ?, cast('{}' as jsonb))""")
                .params(id, year, version, at, rows.size()).update();
        for (Row r : rows) {
            jdbc.sql("""
                            insert into school_index.classification_result
                                   (run_id, school_code, ior, ior_quartile, isbsh, isbsh_quartile, statuses, explanation)
                            values (?, ?, ?, ?, ?, ?, ?, cast('{}' as jsonb))""")
                    .params(id, r.code(), r.ior(), r.iorQuartile(), r.isbsh(), r.isbshQuartile(), r.statuses())
                    .update();
        }
        return id;
    }
}
