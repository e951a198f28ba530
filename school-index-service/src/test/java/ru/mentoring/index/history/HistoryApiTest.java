package ru.mentoring.index.history;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.index.TestData;
import ru.mentoring.index.official.StoredRuns;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.regionAnalyst;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.internalService;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;
import static ru.mentoring.index.official.StoredRuns.low;
import static ru.mentoring.index.official.StoredRuns.plain;
import static ru.mentoring.index.official.StoredRuns.row;

/**
 * History and trend. Schools "hi-*" (five in hi-a, one in hi-b), years 2075..2080, runs written
 * straight into the tables. ШНОР in hi-a per year (latest run): 2075: 5, 2076: 3 (-2, -40%: the
 * target is just met), 2077: 2 (-1, -33.33%: not met; an older run of 2077 with none is ignored),
 * 2078: no run, 2079: 0 (no year before), 2080: 1 (+1 from zero: no percentage, no target).
 */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryApiTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-01-01T00:00:00Z");

    private final MockMvc mvc;

    HistoryApiTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void cohortAndRuns(@Autowired MockMvc mvc, @Autowired JdbcClient jdbc) throws Exception {
        mvc.perform(put("/api/index/methodologies/hi-m").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                .content(TestData.methodology(List.of("hi-i"), List.of("hi-f")))).andExpect(status().is2xxSuccessful());
        mvc.perform(put("/api/index/methodologies/hi-m2").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                .content(TestData.methodology(List.of("hi-i"), List.of("hi-f")))).andExpect(status().is2xxSuccessful());
        mvc.perform(post("/api/index/schools").with(regionAnalyst()).contentType("text/csv").content("""
                school_code,name,municipality_code,advanced_level
                hi-a1,Школа А1,hi-a,false
                hi-a2,Школа А2,hi-a,false
                hi-a3,Школа А3,hi-a,false
                hi-a4,Школа А4,hi-a,false
                hi-a5,Школа А5,hi-a,false
                hi-b1,Школа Б1,hi-b,false
                """)).andExpect(status().isOk());
        StoredRuns.store(jdbc, 2075, "hi-m", T, List.of(
                row("hi-a1", 0.1, 1, 0.2, 1, "LOW_RESULTS", "UNFAVOURABLE_SOCIAL"),
                low("hi-a2"), low("hi-a3"), low("hi-a4"), low("hi-a5"), low("hi-b1")));
        StoredRuns.store(jdbc, 2076, "hi-m", T, List.of(
                row("hi-a1", 0.15, 1, 0.25, 1, "LOW_RESULTS"),
                low("hi-a2"), low("hi-a3"), plain("hi-a4"), plain("hi-a5"), low("hi-b1")));
        StoredRuns.store(jdbc, 2077, "hi-m", T, List.of(
                plain("hi-a1"), plain("hi-a2"), plain("hi-a3"), plain("hi-a4"), plain("hi-a5")));
        StoredRuns.store(jdbc, 2077, "hi-m2", T.plusHours(1), List.of(
                row("hi-a1", 0.3, 2, null, null, "LOW_RESULTS"),
                low("hi-a2"), plain("hi-a3"), plain("hi-a4"), plain("hi-a5"), plain("hi-b1")));
        StoredRuns.store(jdbc, 2079, "hi-m", T, List.of(
                row("hi-a1", 0.9, 4, 0.9, 4, "STABLY_HIGH", "EFFECTIVE"),
                plain("hi-a2"), plain("hi-a3"), plain("hi-a4"), plain("hi-a5")));
        StoredRuns.store(jdbc, 2080, "hi-m", T, List.of(
                plain("hi-a1"), low("hi-a2"), plain("hi-a3"), plain("hi-a4")));
    }

    @Test
    void aSchoolsHistoryShowsTheLatestRunOfEachYear() throws Exception {
        mvc.perform(get("/api/index/schools/hi-a1/history").with(coordinator("hi-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].year", contains(2075, 2076, 2077, 2079, 2080)))
                .andExpect(jsonPath("$[0].ior").value(0.1))
                .andExpect(jsonPath("$[0].iorQuartile").value(1))
                .andExpect(jsonPath("$[0].isbsh").value(0.2))
                .andExpect(jsonPath("$[0].isbshQuartile").value(1))
                .andExpect(jsonPath("$[0].statuses", contains("LOW_RESULTS", "UNFAVOURABLE_SOCIAL")))
                .andExpect(jsonPath("$[2].methodologyVersion").value("hi-m2"))
                .andExpect(jsonPath("$[2].ior").value(0.3))
                .andExpect(jsonPath("$[2].iorQuartile").value(2))
                .andExpect(jsonPath("$[2].isbsh").value(nullValue()))
                .andExpect(jsonPath("$[2].isbshQuartile").value(nullValue()))
                .andExpect(jsonPath("$[3].statuses", contains("STABLY_HIGH", "EFFECTIVE")))
                .andExpect(jsonPath("$[4].statuses", empty()));
    }

    @Test
    void aSchoolsHistoryIsReadByItsMunicipalityItsAdministratorAndServices() throws Exception {
        mvc.perform(get("/api/index/schools/hi-a1/history").with(departmentViewer("hi-a")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(5)));
        mvc.perform(get("/api/index/schools/hi-a2/history").with(schoolAdmin("hi-a2", "hi-a")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(5)));
        mvc.perform(get("/api/index/schools/hi-b1/history").with(internalService("registry-service")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].year", contains(2075, 2076, 2077)));
    }

    @Test
    void aSchoolTheCallerMayNotSeeOrThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/api/index/schools/hi-a1/history").with(coordinator("hi-b"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/index/schools/hi-a1/history").with(departmentViewer("hi-b"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/index/schools/hi-a1/history").with(schoolAdmin("hi-a2", "hi-a"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/index/schools/hi-nope/history").with(internalService("registry-service"))).andExpect(status().isNotFound());
    }

    @Test
    void theTrendCountsLowResultsSchoolsAndChecksTheFortyPerCentTarget() throws Exception {
        mvc.perform(get("/api/index/municipalities/hi-a/low-results-trend").with(coordinator("hi-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipality").value("hi-a"))
                .andExpect(jsonPath("$.targetFallPercent").value(40))
                .andExpect(jsonPath("$.years[*].year", contains(2075, 2076, 2077, 2079, 2080)))
                .andExpect(jsonPath("$.years[*].lowResultsCount", contains(5, 3, 2, 0, 1)))
                .andExpect(jsonPath("$.years[0].schoolCount").value(5))
                .andExpect(jsonPath("$.years[0].previousCount").value(nullValue()))
                .andExpect(jsonPath("$.years[0].change").value(nullValue()))
                .andExpect(jsonPath("$.years[0].targetMet").value(nullValue()))
                .andExpect(jsonPath("$.years[1].previousCount").value(5))
                .andExpect(jsonPath("$.years[1].change").value(-2))
                .andExpect(jsonPath("$.years[1].changePercent").value(-40.0))
                .andExpect(jsonPath("$.years[1].targetMet").value(true))
                .andExpect(jsonPath("$.years[2].change").value(-1))
                .andExpect(jsonPath("$.years[2].changePercent").value(-33.33))
                .andExpect(jsonPath("$.years[2].targetMet").value(false))
                .andExpect(jsonPath("$.years[3].previousCount").value(nullValue()))
                .andExpect(jsonPath("$.years[3].targetMet").value(nullValue()))
                .andExpect(jsonPath("$.years[4].previousCount").value(0))
                .andExpect(jsonPath("$.years[4].change").value(1))
                .andExpect(jsonPath("$.years[4].changePercent").value(nullValue()))
                .andExpect(jsonPath("$.years[4].targetMet").value(nullValue()));
        mvc.perform(get("/api/index/municipalities/hi-b/low-results-trend").with(departmentViewer("hi-b")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[*].lowResultsCount", contains(1, 1, 0)))
                .andExpect(jsonPath("$.years[1].changePercent").value(0.0))
                .andExpect(jsonPath("$.years[1].targetMet").value(false))
                .andExpect(jsonPath("$.years[2].changePercent").value(-100.0))
                .andExpect(jsonPath("$.years[2].targetMet").value(true));
    }

    @Test
    void aMunicipalityWithoutRunsHasAnEmptyTrend() throws Exception {
        mvc.perform(get("/api/index/municipalities/hi-zz/low-results-trend").with(coordinator("hi-zz")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years", empty()));
    }

    @Test
    void onlyTheMunicipalitysCoordinatorOrViewerReadsTheTrend() throws Exception {
        mvc.perform(get("/api/index/municipalities/hi-a/low-results-trend").with(departmentViewer("hi-a")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/index/municipalities/hi-a/low-results-trend").with(coordinator("hi-b")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/index/municipalities/hi-a/low-results-trend").with(schoolAdmin("hi-a1", "hi-a")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/index/municipalities/hi-a/low-results-trend").with(internalService("registry-service")))
                .andExpect(status().isNotFound());
    }
}
