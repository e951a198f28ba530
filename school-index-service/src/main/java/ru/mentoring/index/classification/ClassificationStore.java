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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;

/**
 * Runs and their per-school results. Results go in with COPY (a run of 40,000 schools is one
 * round trip) and come out filtered by who asks: native SQL is not covered by Hibernate's tenant
 * filter, so every read here names its own condition.
 */
@Component
class ClassificationStore {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    ClassificationStore(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Must run inside a transaction: the COPY uses the transaction's connection. */
    UUID save(int year, String version, String computedBy, OffsetDateTime at, String summaryJson, List<ComputedSchool> results) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into school_index.classification_run
                               (id, year, methodology_version, computed_at, computed_by, school_count, summary)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(id, year, version, at, computedBy, results.size(), summaryJson)
                .update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), """
                    copy school_index.classification_result
                         (run_id, school_code, ior, ior_quartile, isbsh, isbsh_quartile, statuses, explanation)
                    from stdin""", 1 << 16);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
                StringBuilder line = new StringBuilder(512);
                for (ComputedSchool r : results) {
                    line.setLength(0);
                    line.append(id).append('\t').append(r.schoolCode()).append('\t');
                    nullable(line, r.ior()).append('\t');
                    nullable(line, r.iorQuartile()).append('\t');
                    nullable(line, r.isbsh()).append('\t');
                    nullable(line, r.isbshQuartile()).append('\t');
                    // status codes are enum names: no quoting needed inside the array literal
                    line.append('{').append(String.join(",", r.statuses())).append('}').append('\t');
                    escape(line, r.explanation()).append('\n');
                    out.append(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of classification results failed", e);
        }
        return id;
    }

    Optional<RunSummary> latestRun(int year) {
        return jdbc.sql("""
                        select id, year, methodology_version, computed_at, computed_by, school_count, summary::text
                          from school_index.classification_run
                         where year = ?
                         order by computed_at desc, id
                         limit 1""")
                .param(year)
                .query((rs, n) -> new RunSummary(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getInt(6), rs.getString(7)))
                .optional();
    }

    /**
     * The results of a run within the caller's scope (see {@link CallerScope#forReading}).
     */
    /**
     * @param explanation without it each line is a tenth of the size: a caller that wants only the
     *                    statuses (the monitoring's targets read three years at a time) leaves it out
     */
    List<SchoolClassification> results(UUID runId, CallerIdentity caller, boolean explanation) {
        return visible(runId, caller, explanation ? "r.explanation::text" : "null").stream().map(NamedResult::result).toList();
    }

    /** The same rows with the schools' names and without explanations, for the spreadsheet. */
    List<NamedResult> namedResults(UUID runId, CallerIdentity caller) {
        return visible(runId, caller, "'{}'");
    }

    /** A result with the school's name as the cohort knows it now. */
    record NamedResult(String name, SchoolClassification result) {
    }

    private List<NamedResult> visible(UUID runId, CallerIdentity caller, String explanation) {
        String select = """
                select r.school_code, r.ior, r.ior_quartile, r.isbsh, r.isbsh_quartile, r.statuses, %s, c.name
                  from school_index.classification_result r
                  left join school_index.cohort_school c on c.code = r.school_code
                """.formatted(explanation);
        CallerScope.SqlCondition within = CallerScope.forReading(caller).condition("r.school_code", "c.municipality_code");
        List<Object> params = new ArrayList<>(List.of(runId));
        params.addAll(within.params());
        JdbcClient.StatementSpec spec = jdbc.sql(select + " where r.run_id = ? and (" + within.sql() + ") order by r.school_code")
                .params(params);
        return spec.query((rs, n) -> new NamedResult(rs.getString(8), new SchoolClassification(rs.getString(1),
                        (Double) rs.getObject(2), integer(rs.getObject(3)), (Double) rs.getObject(4), integer(rs.getObject(5)),
                        Arrays.asList((String[]) rs.getArray(6).getArray()), rs.getString(7))))
                .list();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** COPY's text format: \N for null. */
    private static StringBuilder nullable(StringBuilder line, Object value) {
        if (value == null) {
            return line.append("\\N");
        }
        return line.append(value instanceof Double d ? Double.toString(d) : value.toString());
    }

    /** COPY's text format treats backslash, tab and line breaks specially. */
    private static StringBuilder escape(StringBuilder line, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return line;
    }
}
