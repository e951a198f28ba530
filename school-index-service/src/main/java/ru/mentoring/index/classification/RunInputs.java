package ru.mentoring.index.classification;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import ru.mentoring.index.classification.CohortLoader.CohortRow;
import ru.mentoring.index.data.DataSetRef;
import ru.mentoring.index.data.ValueKind;

/**
 * What a run read, stored beside it: the data sets (one per year and kind) and the cohort's
 * schools with their municipality and level. With the run's methodology version, which cannot
 * change once used, this is all a recomputation needs.
 */
@Component
class RunInputs {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    RunInputs(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** A stored run and where its inputs are. */
    record StoredRun(UUID runId, int year, String methodologyVersion, OffsetDateTime computedAt, String computedBy,
            int schoolCount, boolean dataSetsAssumed, boolean cohortRecorded, List<DataSetRef> dataSets) {
    }

    /** Must run in the run's transaction: the COPY uses the transaction's connection. */
    void record(UUID runId, List<DataSetRef> dataSets, List<CohortRow> cohort) {
        for (DataSetRef d : dataSets) {
            jdbc.sql("insert into school_index.classification_run_data_set (run_id, data_set_id) values (?, ?)")
                    .params(runId, d.id()).update();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), """
                    copy school_index.classification_run_school (run_id, school_code, municipality_code, advanced_level)
                    from stdin""", 1 << 16);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
                for (CohortRow s : cohort) {
                    out.append(runId.toString()).append('\t').append(escape(s.code())).append('\t')
                            .append(escape(s.municipality())).append('\t').append(s.advancedLevel() ? "t" : "f").append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of the run's cohort failed", e);
        }
    }

    Optional<StoredRun> find(int year, UUID runId) {
        return jdbc.sql("""
                        select id, year, methodology_version, computed_at, computed_by, school_count, data_sets_assumed,
                               exists (select 1 from school_index.classification_run_school s where s.run_id = r.id)
                          from school_index.classification_run r
                         where id = ? and year = ?""")
                .params(runId, year)
                .query((rs, n) -> new StoredRun(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getInt(6), rs.getBoolean(7),
                        rs.getBoolean(8), List.of()))
                .optional()
                .map(r -> new StoredRun(r.runId(), r.year(), r.methodologyVersion(), r.computedAt(), r.computedBy(),
                        r.schoolCount(), r.dataSetsAssumed(), r.cohortRecorded(), dataSets(r.runId())));
    }

    /** The year's runs, newest first. */
    List<UUID> runs(int year) {
        return jdbc.sql("select id from school_index.classification_run where year = ? order by computed_at desc, id")
                .param(year).query(UUID.class).list();
    }

    private List<DataSetRef> dataSets(UUID runId) {
        return jdbc.sql("""
                        select d.id, d.kind, d.year
                          from school_index.classification_run_data_set r
                          join school_index.data_set d on d.id = r.data_set_id
                         where r.run_id = ? order by d.kind, d.year""")
                .param(runId)
                .query((rs, n) -> new DataSetRef(rs.getObject(1, UUID.class), ValueKind.valueOf(rs.getString(2)), rs.getInt(3)))
                .list();
    }

    /** COPY's text format treats backslash, tab and line breaks specially. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
