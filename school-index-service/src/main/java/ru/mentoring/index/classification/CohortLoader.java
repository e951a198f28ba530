package ru.mentoring.index.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import ru.mentoring.index.data.DataSetRef;
import ru.mentoring.index.data.ValueKind;
import ru.mentoring.index.methodology.CohortData;

/**
 * Reads the cohort and the values of the given data sets into the library's column-wise form. Values
 * come out with COPY ... TO STDOUT and are parsed as they arrive: for the benchmark's 2.4 million
 * values this is several times faster than a JDBC cursor, and no row objects are ever built.
 */
@Component
class CohortLoader {

    /** Codes are inlined into the COPY query (COPY takes no bind parameters): only plain ones. */
    private static final Pattern PLAIN_CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    CohortLoader(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    private interface ValueSink {
        void accept(String school, int year, String code, double value);
    }

    /** A cohort school as a classification reads it. */
    record CohortRow(String code, String municipality, boolean advancedLevel) {
    }

    /** The cohort as it is now. */
    List<CohortRow> currentCohort() {
        return jdbc.sql("select code, municipality_code, advanced_level from school_index.cohort_school order by code")
                .query((rs, n) -> new CohortRow(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    /** The cohort as a stored run read it; empty for a run stored before runs recorded their cohort. */
    List<CohortRow> runCohort(UUID runId) {
        return jdbc.sql("""
                        select school_code, municipality_code, advanced_level from school_index.classification_run_school
                         where run_id = ? order by school_code""")
                .param(runId)
                .query((rs, n) -> new CohortRow(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    /**
     * The given schools, with the values of the given codes in the given data sets (each one year
     * of one kind). Must run in a transaction: the COPY uses the transaction's connection.
     */
    CohortData load(List<CohortRow> cohort, List<DataSetRef> dataSets, List<String> indicatorCodes, List<String> factorCodes) {
        CohortData.Builder builder = CohortData.builder();
        cohort.forEach(s -> builder.school(s.code(), s.municipality(), s.advancedLevel()));
        copyOut("indicator_value", "indicator_code", ids(dataSets, ValueKind.INDICATOR), indicatorCodes, builder::indicator);
        copyOut("context_value", "factor_code", ids(dataSets, ValueKind.CONTEXT), factorCodes, builder::factor);
        return builder.build();
    }

    private static List<UUID> ids(List<DataSetRef> dataSets, ValueKind kind) {
        return dataSets.stream().filter(d -> d.kind() == kind).map(DataSetRef::id).toList();
    }

    private void copyOut(String table, String codeColumn, List<UUID> dataSetIds, List<String> codes, ValueSink sink) {
        if (codes.isEmpty() || dataSetIds.isEmpty()) {
            return;
        }
        // UUIDs print as hex digits and dashes only: safe to inline
        String dataSetList = dataSetIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        String inList = codes.stream().map(c -> {
            if (!PLAIN_CODE.matcher(c).matches()) {
                throw new IllegalArgumentException("code not fit for a COPY query: " + c);
            }
            return "'" + c + "'";
        }).collect(Collectors.joining(","));
        String sql = "copy (select school_code, year, " + codeColumn + ", value from school_index." + table
                + " where data_set_id in (" + dataSetList + ") and " + codeColumn + " in (" + inList + ")) to stdout";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PGCopyInputStream in = new PGCopyInputStream(connection.unwrap(PGConnection.class), sql);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                // text format, tab-separated; no field can hold a tab or a backslash (codes are plain, values numbers)
                int a = line.indexOf('\t');
                int b = line.indexOf('\t', a + 1);
                int c = line.indexOf('\t', b + 1);
                sink.accept(line.substring(0, a), Integer.parseInt(line, a + 1, b, 10), line.substring(b + 1, c),
                        Double.parseDouble(line.substring(c + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY out of " + table + " failed", e);
        }
    }
}
