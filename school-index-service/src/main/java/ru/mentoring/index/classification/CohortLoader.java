package ru.mentoring.index.classification;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * come out with binary COPY ... TO STDOUT and are read as they arrive: for the benchmark's 2.4 million
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

    interface ValueSink {
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
                + " where data_set_id in (" + dataSetList + ") and " + codeColumn + " in (" + inList + ")) to stdout (format binary)";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PGCopyInputStream copy = new PGCopyInputStream(connection.unwrap(PGConnection.class), sql)) {
            readBinary(new Bytes(copy), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY out of " + table + " failed", e);
        }
    }

    /**
     * PostgreSQL's binary COPY of (text, int4, text, float8) rows: the double's own eight bytes, no
     * decimal text to print and parse again. A data set's rows come school by school, so a school's
     * code is decoded once for its run of rows, and the few value codes once each.
     */
    static void readBinary(Bytes in, ValueSink sink) throws IOException {
        byte[] header = new byte[11];
        in.readFully(header);
        if (!"PGCOPY\n\377\r\n\0".equals(new String(header, StandardCharsets.ISO_8859_1))) {
            throw new IOException("not PostgreSQL's binary COPY");
        }
        in.readInt(); // flags
        in.readFully(new byte[in.readInt()]); // header extension
        byte[] field = new byte[256];
        byte[] lastSchool = new byte[0];
        String school = null;
        Map<String, String> codes = new HashMap<>();
        while (true) {
            short columns = in.readShort();
            if (columns == -1) {
                in.drain(); // to the end of the COPY, so that the connection is free for the next statement
                return;
            }
            if (columns != 4) {
                throw new IOException("expected 4 columns, got " + columns);
            }
            int length = in.readInt();
            field = fit(field, length);
            in.readFully(field, 0, length);
            if (school == null || !Arrays.equals(field, 0, length, lastSchool, 0, lastSchool.length)) {
                lastSchool = Arrays.copyOf(field, length);
                school = new String(field, 0, length, StandardCharsets.UTF_8);
            }
            in.readInt();
            int year = in.readInt();
            length = in.readInt();
            field = fit(field, length);
            in.readFully(field, 0, length);
            String code = new String(field, 0, length, StandardCharsets.UTF_8);
            code = codes.computeIfAbsent(code, c -> c); // one instance a code: its hash is computed once
            in.readInt();
            double value = in.readDouble();
            sink.accept(school, year, code, value);
        }
    }

    /** Big-endian numbers and byte runs from a stream, through a buffer of its own (no lock a call). */
    static final class Bytes {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;

        Bytes(InputStream in) {
            this.in = in;
        }

        short readShort() throws IOException {
            need(2);
            short v = (short) (((buffer[position] & 0xFF) << 8) | (buffer[position + 1] & 0xFF));
            position += 2;
            return v;
        }

        int readInt() throws IOException {
            need(4);
            int v = ((buffer[position] & 0xFF) << 24) | ((buffer[position + 1] & 0xFF) << 16)
                    | ((buffer[position + 2] & 0xFF) << 8) | (buffer[position + 3] & 0xFF);
            position += 4;
            return v;
        }

        double readDouble() throws IOException {
            long high = readInt() & 0xFFFFFFFFL;
            long low = readInt() & 0xFFFFFFFFL;
            return Double.longBitsToDouble((high << 32) | low);
        }

        void readFully(byte[] target) throws IOException {
            readFully(target, 0, target.length);
        }

        void readFully(byte[] target, int offset, int length) throws IOException {
            while (length > 0) {
                if (position == limit) {
                    need(1);
                }
                int n = Math.min(length, limit - position);
                System.arraycopy(buffer, position, target, offset, n);
                position += n;
                offset += n;
                length -= n;
            }
        }

        void drain() throws IOException {
            while (in.read(buffer, 0, buffer.length) >= 0) {
                // nothing follows the trailer but the end of the COPY
            }
        }

        /** At least {@code bytes} (at most 8) unread bytes in the buffer. */
        private void need(int bytes) throws IOException {
            if (limit - position >= bytes) {
                return;
            }
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
            while (limit < bytes) {
                int n = in.read(buffer, limit, buffer.length - limit);
                if (n < 0) {
                    throw new EOFException("binary COPY ended in the middle of a row");
                }
                limit += n;
            }
        }
    }

    private static byte[] fit(byte[] buffer, int length) {
        return buffer.length >= length ? buffer : new byte[Math.max(length, buffer.length * 2)];
    }
}
