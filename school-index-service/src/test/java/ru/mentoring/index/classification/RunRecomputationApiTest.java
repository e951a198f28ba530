package ru.mentoring.index.classification;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.internalService;
import static ru.mentoring.platform.test.TestCallers.regionAnalyst;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Runs name their data sets and methodology version and recompute from them. Schools "rr-*" (four
 * in rr-a, two in rr-b), codes "rr-*"; each test has its own three years: 2091..2093, 2094..2096,
 * 2097..2099.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RunRecomputationApiTest {

    private static final String[] SCHOOLS = {"rr-a1", "rr-a2", "rr-a3", "rr-a4", "rr-b1", "rr-b2"};

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    RunRecomputationApiTest(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    @BeforeAll
    static void cohortAndMethodology(@Autowired MockMvc mvc) throws Exception {
        mvc.perform(put("/api/index/methodologies/rr-m").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"indicators":[
                           {"code":"rr-ege","name":"ЕГЭ","source":"GIA","direction":1,"weight":1},
                           {"code":"rr-vpr","name":"ВПР","source":"VPR","direction":1,"weight":1}],
                         "contextFactors":[{"code":"rr-low","name":"Доля малообеспеченных","weight":-1}],
                         "isbshMode":"FIXED_WEIGHTS"}""")).andExpect(status().is2xxSuccessful());
        mvc.perform(post("/api/index/schools").with(regionAnalyst()).contentType("text/csv").content("""
                school_code,name,municipality_code,advanced_level
                rr-a1,Школа А1,rr-a,false
                rr-a2,Школа А2,rr-a,true
                rr-a3,Школа А3,rr-a,false
                rr-a4,Школа А4,rr-a,false
                rr-b1,Школа Б1,rr-b,false
                rr-b2,Школа Б2,rr-b,false
                """)).andExpect(status().isOk());
    }

    @Test
    void aStoredRunRecomputedFromItsOwnDataSetsEqualsItself() throws Exception {
        loadYears(2091, 0);
        String run = classify(2093);
        mvc.perform(get("/api/index/years/2093/classification/runs/" + run).with(coordinator("rr-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.methodologyVersion").value("rr-m"))
                .andExpect(jsonPath("$.cohortRecorded").value(true))
                .andExpect(jsonPath("$.dataSetsAssumed").value(false))
                .andExpect(jsonPath("$.dataSets", hasSize(4)))
                .andExpect(jsonPath("$.dataSets[*].year", containsInAnyOrder(2091, 2092, 2093, 2093)));
        mvc.perform(post("/api/index/years/2093/classification/runs/" + run + "/recomputation").with(regionAnalyst()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.equal").value(true))
                .andExpect(jsonPath("$.summaryEqual").value(true))
                .andExpect(jsonPath("$.differences", hasSize(0)));
        assertThat(ior(run, "rr-a1")).isNotNull();
    }

    @Test
    void afterANewUploadAnOldRunStillRecomputesToItsOwnResults() throws Exception {
        loadYears(2094, 0);
        String old = classify(2096);
        // a new version of 2096 with the order of the schools reversed
        mvc.perform(post("/api/index/years/2096/indicator-values").with(regionAnalyst()).contentType("text/csv")
                .content(indicators(2096, 5, true))).andExpect(status().isOk());
        String later = classify(2096);
        assertThat(ior(later, "rr-a1")).isNotEqualTo(ior(old, "rr-a1"));

        mvc.perform(post("/api/index/years/2096/classification/runs/" + old + "/recomputation").with(internalService("registry-service")))
                .andExpect(jsonPath("$.equal").value(true))
                .andExpect(jsonPath("$.differences", hasSize(0)));
        mvc.perform(post("/api/index/years/2096/classification/runs/" + later + "/recomputation").with(internalService("registry-service")))
                .andExpect(jsonPath("$.equal").value(true));
        mvc.perform(get("/api/index/years/2096/classification/runs").with(coordinator("rr-a")))
                .andExpect(jsonPath("$[*].runId", contains(later, old)));
    }

    @Test
    void undoMakesThePreviousVersionCurrentAndTheNextClassificationReadsIt() throws Exception {
        loadYears(2097, 0);
        String first = classify(2099);
        String previous = JsonPath.read(mvc.perform(post("/api/index/years/2099/indicator-values").with(regionAnalyst())
                        .contentType("text/csv").content(indicators(2099, 5, true)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.previousDataSetId");
        mvc.perform(post("/api/index/years/2099/data-sets/" + previous + "/current").with(regionAnalyst()))
                .andExpect(status().isOk());
        String afterUndo = classify(2099);

        assertThat(dataSets(afterUndo)).isEqualTo(dataSets(first)).contains(previous);
        for (String school : SCHOOLS) {
            assertThat(ior(afterUndo, school)).isEqualTo(ior(first, school));
        }
    }

    @Test
    void aStoredResultThatNoLongerMatchesItsInputsIsReportedWhereTheCallerMayReadIt() throws Exception {
        // the first test's years, another run of its own
        loadYearsIfMissing(2091);
        String run = classify(2093);
        jdbc.sql("update school_index.classification_result set ior = ior + 1e-9 where run_id = ? and school_code in ('rr-a2', 'rr-b1')")
                .param(UUID.fromString(run)).update();

        mvc.perform(post("/api/index/years/2093/classification/runs/" + run + "/recomputation").with(regionAnalyst()))
                .andExpect(jsonPath("$.equal").value(false))
                .andExpect(jsonPath("$.differences[*].schoolCode", contains("rr-a2", "rr-b1")))
                .andExpect(jsonPath("$.differences[0].fields", contains("ior")));
        mvc.perform(post("/api/index/years/2093/classification/runs/" + run + "/recomputation").with(coordinator("rr-a")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/index/years/2093/classification/runs/" + run + "/recomputation").with(internalService("registry-service")))
                .andExpect(jsonPath("$.differences[*].schoolCode", contains("rr-a2", "rr-b1")));
        mvc.perform(post("/api/index/years/2093/classification/runs/" + run + "/recomputation").with(schoolAdmin("rr-a1", "rr-a")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/index/years/2094/classification/runs/" + run + "/recomputation").with(regionAnalyst()))
                .andExpect(status().isNotFound());
    }

    private void loadYearsIfMissing(int from) throws Exception {
        Long sets = jdbc.sql("select count(*) from school_index.data_set where year = ? and current").param(from).query(Long.class).single();
        if (sets == 0) {
            loadYears(from, 0);
        }
    }

    private void loadYears(int from, int shift) throws Exception {
        for (int year = from; year <= from + 2; year++) {
            mvc.perform(post("/api/index/years/" + year + "/indicator-values").with(regionAnalyst()).contentType("text/csv")
                    .content(indicators(year, shift, false))).andExpect(status().isOk());
        }
        StringBuilder context = new StringBuilder("school_code,year,factor_code,value\n");
        for (int s = 0; s < SCHOOLS.length; s++) {
            context.append(SCHOOLS[s]).append(',').append(from + 2).append(",rr-low,").append(0.1 + 0.15 * s).append('\n');
        }
        mvc.perform(post("/api/index/years/" + (from + 2) + "/context-values").with(regionAnalyst()).contentType("text/csv")
                .content(context.toString())).andExpect(status().isOk());
    }

    /** Every school's two indicators, rising with the school's position (or falling, reversed). */
    private static String indicators(int year, int shift, boolean reversed) {
        StringBuilder csv = new StringBuilder("school_code,year,indicator_code,value\n");
        for (int s = 0; s < SCHOOLS.length; s++) {
            int rank = reversed ? SCHOOLS.length - 1 - s : s;
            double value = 0.1 * (rank + 1) + 0.01 * shift + 0.003 * (year % 10);
            csv.append(SCHOOLS[s]).append(',').append(year).append(",rr-ege,").append(value).append('\n');
            csv.append(SCHOOLS[s]).append(',').append(year).append(",rr-vpr,").append(value * 0.9).append('\n');
        }
        return csv.toString();
    }

    private String classify(int year) throws Exception {
        ResultActions result = mvc.perform(post("/api/index/years/" + year + "/classification?methodology=rr-m").with(regionAnalyst()))
                .andExpect(status().isCreated());
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.runId");
    }

    private Double ior(String run, String school) {
        return jdbc.sql("select ior from school_index.classification_result where run_id = ? and school_code = ?")
                .params(UUID.fromString(run), school).query(Double.class).single();
    }

    private List<String> dataSets(String run) {
        return jdbc.sql("select data_set_id::text from school_index.classification_run_data_set where run_id = ? order by 1")
                .param(UUID.fromString(run)).query(String.class).list();
    }
}
