package ru.mentoring.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import ru.mentoring.launcher.PlatformClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issues 4 and 16's end-to-end benchmark, not a test of speed: 40,000 schools × 3 years × 20
 * indicators plus 8 context factors loaded through the gateway with the coordinator's token and
 * classified year by year, while the index service's heap is sampled. The anchor is in the same run:
 * the same CSV bytes of each year COPYed over JDBC (pgjdbc's CopyManager) into a bare table of the
 * same PostgreSQL server, no index, no checks. Each figure is printed as an {@code INDEX:} line; the
 * results' checksum (school, year, statuses, quartiles, indices, explanation) shows a change of the
 * code left the results as they were. Runs only when asked (docs/benchmarks.md), at full speed:
 * {@code ./mvnw -pl infra/e2e -am verify -Dit.test=IndexLoadBenchmarkIT -Dbenchmark=true
 * "-Dplatform.service.jvm-options=-Xmx768m -XX:+UseSerialGC"}
 */
class IndexLoadBenchmarkIT {

    static final int SCHOOLS = 40_000;
    static final int INDICATORS = 20;
    static final int FACTORS = 8;
    static final int FIRST_YEAR = 2022;
    static final int LAST_YEAR = 2024;

    @Test
    void loadAndClassifyFortyThousandSchoolsThroughTheGateway() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "benchmark runs only with -Dbenchmark=true");
        PlatformClient client = E2EPlatform.client();
        SyntheticCohort cohort = new SyntheticCohort("B", SCHOOLS, INDICATORS, FACTORS, 42);
        assertThat(client.putJson("region", "/api/index/methodologies/bench-40k", cohort.methodologyJson()).status()).isIn(200, 201);

        // every file is made before the clock starts: the test's own JVM shares the 2 cores
        byte[] schoolFile = cohort.schools("bench");
        int years = LAST_YEAR - FIRST_YEAR + 1;
        byte[][] valueFiles = new byte[years][];
        byte[][] factorFiles = new byte[years][];
        for (int y = 0; y < years; y++) {
            SyntheticCohort.Year files = cohort.year(FIRST_YEAR + y);
            valueFiles[y] = files.values();
            factorFiles[y] = files.context();
        }
        long rows = (long) years * SCHOOLS * (INDICATORS + FACTORS);

        try (Connection db = DriverManager.getConnection(E2EPlatform.get().jdbcUrl(), "postgres", E2EPlatform.get().databasePassword())) {
            createAnchorTables(db);
            System.out.printf(Locale.ROOT, "INDEX: load average at the start %s%n", loadAverage());
            HeapSampler heap = new HeapSampler(client);
            heap.start();
            long t0 = System.nanoTime();
            expectOk(client.post("region", "/api/index/schools", "text/csv", schoolFile));
            long tSchools = System.nanoTime();
            System.out.printf(Locale.ROOT, "INDEX: cohort of %d schools %.2f s%n", SCHOOLS, (tSchools - t0) / 1e9);
            double serviceValues = 0;
            double anchorValues = 0;
            // replace=all: the benchmark's cohort replaces the demo's years on purpose (a new data set each)
            for (int y = 0; y < years; y++) {
                int year = FIRST_YEAR + y;
                long a = System.nanoTime();
                expectOk(client.post("region", "/api/index/years/" + year + "/indicator-values?methodology=bench-40k&replace=all",
                        "text/csv", valueFiles[y]));
                long b = System.nanoTime();
                expectOk(client.post("region", "/api/index/years/" + year + "/context-values?methodology=bench-40k&replace=all",
                        "text/csv", factorFiles[y]));
                long c = System.nanoTime();
                // the anchor: the same bytes, straight into PostgreSQL, in the same run
                long copiedValues = anchorCopy(db, "index_anchor_indicator", valueFiles[y]);
                long d = System.nanoTime();
                long copiedFactors = anchorCopy(db, "index_anchor_context", factorFiles[y]);
                long e = System.nanoTime();
                double service = (c - a) / 1e9;
                double anchor = (e - c) / 1e9;
                serviceValues += service;
                anchorValues += anchor;
                System.out.printf(Locale.ROOT, "INDEX: values %d (%d + %d rows): through the gateway %.2f s (indicators %.2f s, "
                                + "factors %.2f s); anchor COPY of the same rows %.2f s (%.2f + %.2f s); ratio %.2f%n",
                        year, copiedValues, copiedFactors, service, (b - a) / 1e9, (c - b) / 1e9, anchor, (d - c) / 1e9,
                        (e - d) / 1e9, service / anchor);
            }
            long tLoaded = System.nanoTime();
            double anchorTotal = anchorValues;
            double classification = 0;
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                long a = System.nanoTime();
                PlatformClient.Response run = client.postJson("region",
                        "/api/index/years/" + year + "/classification?methodology=bench-40k", "");
                long b = System.nanoTime();
                expectOk(run);
                classification += (b - a) / 1e9;
                System.out.printf(Locale.ROOT, "INDEX: classification %d through the gateway %.2f s%n", year, (b - a) / 1e9);
            }
            long tClassified = System.nanoTime();
            heap.stopSampling();
            double total = (tClassified - t0) / 1e9 - anchorTotal;
            System.out.printf(Locale.ROOT, "INDEX: values, %d years, %d rows: through the gateway %.2f s; anchor COPY %.2f s; ratio %.2f%n",
                    years, rows, serviceValues, anchorValues, serviceValues / anchorValues);
            System.out.printf(Locale.ROOT, "INDEX: classification, %d years: %.2f s (%.2f s a year)%n", years, classification,
                    classification / years);
            System.out.printf(Locale.ROOT, "INDEX: end to end (cohort, values, classification; the anchor's time left out) %.2f s;"
                    + " index service heap used max %.0f MiB (sampled every 250 ms)%n", total, heap.maxBytes() / 1048576.0);
            System.out.printf(Locale.ROOT, "INDEX: load average at the end %s%n", loadAverage());
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                System.out.printf(Locale.ROOT, "INDEX: results %d checksum %s%n", year, resultsChecksum(db, year));
            }
            dropAnchorTables(db);
        }
    }

    private static void createAnchorTables(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            dropAnchorTables(db);
            // the shape of the rows the service stores, in a bare logged table: no key, no index, no check
            s.execute("create table public.index_anchor_indicator (school_code varchar(64), year int, indicator_code varchar(64),"
                    + " value double precision)");
            s.execute("create table public.index_anchor_context (school_code varchar(64), year int, factor_code varchar(64),"
                    + " value double precision)");
        }
    }

    private static void dropAnchorTables(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("drop table if exists public.index_anchor_indicator");
            s.execute("drop table if exists public.index_anchor_context");
        }
    }

    private static long anchorCopy(Connection db, String table, byte[] csv) throws SQLException, IOException {
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        return copy.copyIn("copy public." + table + " from stdin (format csv, header true)", new ByteArrayInputStream(csv));
    }

    /**
     * An MD5 over the year's latest run, school by school: statuses, quartiles, the indices to 9
     * places, and the explanation as jsonb (normalised, so a change of how it is stored still compares).
     */
    private static String resultsChecksum(Connection db, int year) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("""
                        select count(*), md5(string_agg(concat_ws('|', r.school_code, array_to_string(r.statuses, ','),
                                   r.ior_quartile, r.isbsh_quartile, round(r.ior::numeric, 9), round(r.isbsh::numeric, 9)),
                                   ';' order by r.school_code)),
                               md5(string_agg(r.explanation::jsonb::text, ';' order by r.school_code))
                          from school_index.classification_result r
                         where r.run_id = (select id from school_index.classification_run where year = %d
                                            order by computed_at desc, id limit 1)""".formatted(year))) {
            rs.next();
            return rs.getLong(1) + " schools, results " + rs.getString(2) + ", explanations " + rs.getString(3);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void expectOk(PlatformClient.Response r) {
        assertThat(r.status()).as(r.body().length() > 500 ? r.body().substring(0, 500) : r.body()).isIn(200, 201);
    }

    /** Polls the index service's Actuator for used heap while the benchmark runs. */
    static final class HeapSampler extends Thread {
        private final PlatformClient client;
        private final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler(PlatformClient client) {
            super("heap-sampler");
            this.client = client;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                try {
                    PlatformClient.Response r = client.get(null, E2EPlatform.serviceUrl("index") + "/actuator/prometheus");
                    if (r.status() == 200) {
                        // the heap's pools summed: jvm_memory_used_bytes{area="heap",id="..."} value
                        long used = (long) r.body().lines()
                                .filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                                .sum();
                        max.accumulateAndGet(used, Math::max);
                    }
                    Thread.sleep(250);
                } catch (Exception e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }

        long maxBytes() {
            return max.get();
        }
    }
}
