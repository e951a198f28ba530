package ru.mentoring.index.data;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.regionAnalyst;
import static ru.mentoring.platform.test.TestCallers.internalService;

/**
 * The benchmark's data set (40,000 schools × 3 years × 20 indicators = 2.4 million values, plus 8
 * context factors) through the loader and a regression-mode classification, in-process (MockMvc,
 * no gateway): a quick check of the service's share of the end-to-end budget. The year 2090 is
 * loaded twice (the second load replaces the first). Off by default; run with
 * {@code ./mvnw -o -pl school-index-service test -Dindex.large-import=true -Dtest=LargeImportCheck}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "index.large-import", matches = "true")
class LargeImportCheck {

    static final int SCHOOLS = 40_000;
    static final int INDICATORS = 20;
    static final int FACTORS = 8;
    static final int[] YEARS = {2088, 2089, 2090};

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    private final DataSource dataSource;

    LargeImportCheck(MockMvc mvc, JdbcClient jdbc, DataSource dataSource) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Issue 16's anchor, in-process: the same CSV bytes COPYed into a bare table of the same server,
     * a temporary one (the service's role may create no other; unlogged, so a strict anchor).
     */
    private long anchorCopy(byte[] csv) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create temp table if not exists large_import_anchor (school_code varchar(64), year int,"
                    + " code varchar(64), value double precision)");
            long t = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy large_import_anchor from stdin (format csv, header true)",
                    new ByteArrayInputStream(csv));
            return System.nanoTime() - t;
        }
    }

    @Test
    void theBenchmarkDataSetLoadsAndClassifies() throws Exception {
        StringBuilder methodology = new StringBuilder("{\"indicators\":[");
        for (int i = 0; i < INDICATORS; i++) {
            methodology.append(i > 0 ? "," : "").append("{\"code\":\"big-i").append(i).append("\",\"name\":\"П").append(i)
                    .append("\",\"source\":\"").append(i % 2 == 0 ? "GIA" : "VPR").append("\",\"direction\":1,\"weight\":1}");
        }
        methodology.append("],\"contextFactors\":[");
        for (int f = 0; f < FACTORS; f++) {
            methodology.append(f > 0 ? "," : "").append("{\"code\":\"big-f").append(f).append("\",\"name\":\"Ф").append(f).append("\"}");
        }
        methodology.append("],\"isbshMode\":\"REGRESSION\"}");
        mvc.perform(put("/api/index/methodologies/big-m").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                .content(methodology.toString())).andExpect(status().is2xxSuccessful());

        StringBuilder schools = new StringBuilder("school_code,name,municipality_code,advanced_level\n");
        for (int s = 0; s < SCHOOLS; s++) {
            schools.append("big-").append(s).append(",Школа ").append(s).append(",big-").append(s % 60).append(',')
                    .append(s % 17 == 0).append('\n');
        }
        long t0 = System.nanoTime();
        mvc.perform(post("/api/index/schools").with(regionAnalyst()).contentType("text/csv").content(schools.toString()))
                .andExpect(status().isOk());
        report("cohort of " + SCHOOLS + " schools", t0);

        Random random = new Random(1);
        double[] quality = new double[SCHOOLS];
        double[] social = new double[SCHOOLS];
        for (int s = 0; s < SCHOOLS; s++) {
            social[s] = random.nextGaussian();
            quality[s] = 0.5 * social[s] + random.nextGaussian();
        }
        for (int year : YEARS) {
            byte[] body = indicators(year, quality, random);
            int rounds = year == YEARS[YEARS.length - 1] ? 2 : 1;
            for (int round = 0; round < rounds; round++) {
                long t = System.nanoTime();
                mvc.perform(post("/api/index/years/" + year + "/indicator-values").with(regionAnalyst())
                                .contentType("text/csv").content(body))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.rowsStored").value(SCHOOLS * INDICATORS))
                        .andExpect(jsonPath("$.replacedPrevious").value(round == 1));
                long service = System.nanoTime() - t;
                report("indicator values " + year + (round == 1 ? " (reload)" : "") + ", " + (body.length >> 20) + " MB", t);
                long anchor = anchorCopy(body);
                System.out.printf(Locale.ROOT, "%-50s %6d ms   ratio %.2f%n", "  anchor: COPY of the same bytes, bare table",
                        anchor / 1_000_000, service / (double) anchor);
            }
        }
        StringBuilder factors = new StringBuilder(16 << 20).append("school_code,year,factor_code,value\n");
        for (int s = 0; s < SCHOOLS; s++) {
            for (int f = 0; f < FACTORS; f++) {
                double share = 1 / (1 + Math.exp(-(social[s] * (f % 2 == 0 ? 1 : -1) + random.nextGaussian())));
                factors.append("big-").append(s).append(",2090,big-f").append(f).append(',').append(share).append('\n');
            }
        }
        long t = System.nanoTime();
        mvc.perform(post("/api/index/years/2090/context-values").with(regionAnalyst()).contentType("text/csv")
                .content(factors.toString())).andExpect(status().isOk());
        long contextNanos = System.nanoTime() - t;
        report("context values 2090", t);
        long contextAnchor = anchorCopy(factors.toString().getBytes(StandardCharsets.UTF_8));
        System.out.printf(Locale.ROOT, "%-50s %6d ms   ratio %.2f%n", "  anchor: COPY of the same bytes, bare table",
                contextAnchor / 1_000_000, contextNanos / (double) contextAnchor);

        t = System.nanoTime();
        mvc.perform(post("/api/index/years/2090/classification?methodology=big-m").with(regionAnalyst()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.schoolCount").value(org.hamcrest.Matchers.greaterThanOrEqualTo(SCHOOLS)));
        report("classification 2090 (regression)", t);
        t = System.nanoTime();
        mvc.perform(get("/api/index/years/2090/classification").with(internalService("registry-service"))).andExpect(status().isOk());
        report("read of every school's result", t);
        // the same checksum as IndexLoadBenchmarkIT's: a change of the code must leave it as it was
        System.out.println("results 2090 checksum " + jdbc.sql("""
                        select count(*) || ' schools, results ' || md5(string_agg(concat_ws('|', r.school_code,
                                   array_to_string(r.statuses, ','), r.ior_quartile, r.isbsh_quartile, round(r.ior::numeric, 9),
                                   round(r.isbsh::numeric, 9)), ';' order by r.school_code))
                               || ', explanations ' || md5(string_agg(r.explanation::jsonb::text, ';' order by r.school_code))
                          from school_index.classification_result r
                         where r.run_id = (select id from school_index.classification_run where year = 2090
                                            order by computed_at desc, id limit 1)""").query(String.class).single());
    }

    private static byte[] indicators(int year, double[] quality, Random random) {
        StringBuilder csv = new StringBuilder(40 << 20).append("school_code,year,indicator_code,value\n");
        for (int s = 0; s < SCHOOLS; s++) {
            for (int i = 0; i < INDICATORS; i++) {
                csv.append("big-").append(s).append(',').append(year).append(",big-i").append(i).append(',')
                        .append(50 + 10 * quality[s] + 5 * random.nextGaussian()).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void report(String what, long startNanos) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%-50s %6d ms   heap used %4d MB%n", what, (System.nanoTime() - startNanos) / 1_000_000,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
