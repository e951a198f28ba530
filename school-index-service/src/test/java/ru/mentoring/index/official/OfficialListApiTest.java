package ru.mentoring.index.official;

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

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
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

/**
 * The official ШНОР list beside the computed one. Schools "ol-*" in municipalities ol-a and ol-b,
 * years 2071..2073. In 2071 the latest run has LOW_RESULTS at ol-a1, ol-a2, ol-b1 (an older run
 * of the same year had it at ol-a3 only, and must be ignored); the official list is ol-a1, ol-a3,
 * ol-b2. So for ol-a: in both ol-a1, only official ol-a3, only computed ol-a2; for ol-b: only
 * official ol-b2, only computed ol-b1.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficialListApiTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-01-01T00:00:00Z");

    private final MockMvc mvc;

    OfficialListApiTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void cohortAndRuns(@Autowired MockMvc mvc, @Autowired JdbcClient jdbc) throws Exception {
        mvc.perform(put("/api/index/methodologies/ol-m").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                .content(TestData.methodology(List.of("ol-i"), List.of("ol-f")))).andExpect(status().is2xxSuccessful());
        mvc.perform(post("/api/index/schools").with(regionAnalyst()).contentType("text/csv").content("""
                school_code,name,municipality_code,advanced_level
                ol-a1,Школа А1,ol-a,false
                ol-a2,Школа А2,ol-a,false
                ol-a3,Школа А3,ol-a,false
                ol-a4,Школа А4,ol-a,false
                ol-b1,Школа Б1,ol-b,false
                ol-b2,Школа Б2,ol-b,false
                """)).andExpect(status().isOk());
        StoredRuns.store(jdbc, 2071, "ol-m", T, List.of(plain("ol-a1"), plain("ol-a2"), low("ol-a3"), plain("ol-a4"),
                plain("ol-b1"), plain("ol-b2")));
        StoredRuns.store(jdbc, 2071, "ol-m", T.plusHours(1), List.of(low("ol-a1"), low("ol-a2"), plain("ol-a3"),
                plain("ol-a4"), low("ol-b1"), plain("ol-b2")));
        StoredRuns.store(jdbc, 2072, "ol-m", T, List.of(low("ol-a1"), plain("ol-a2"), plain("ol-a3")));
        StoredRuns.store(jdbc, 2073, "ol-m", T, List.of(plain("ol-a1"), plain("ol-a2")));
        mvc.perform(put("/api/index/years/2071/official-low-results").with(regionAnalyst()).contentType("text/csv")
                        .content("school_code\nol-a1\nol-a3\nol-b2\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2071))
                .andExpect(jsonPath("$.schoolCount").value(3))
                .andExpect(jsonPath("$.replaced").value(false))
                .andExpect(jsonPath("$.loadedBy").value("region"));
    }

    @Test
    void aCoordinatorComparesTheSchoolsOfTheirMunicipalityWithTheLatestRun() throws Exception {
        mvc.perform(get("/api/index/years/2071/official-low-results/comparison").with(coordinator("ol-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2071))
                .andExpect(jsonPath("$.inBoth", contains("ol-a1")))
                .andExpect(jsonPath("$.onlyOfficial", contains("ol-a3")))
                .andExpect(jsonPath("$.onlyComputed", contains("ol-a2")));
    }

    @Test
    void aDepartmentViewerSeesTheirMunicipalityAndAServiceEverything() throws Exception {
        mvc.perform(get("/api/index/years/2071/official-low-results/comparison").with(departmentViewer("ol-b")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inBoth", empty()))
                .andExpect(jsonPath("$.onlyOfficial", contains("ol-b2")))
                .andExpect(jsonPath("$.onlyComputed", contains("ol-b1")));
        mvc.perform(get("/api/index/years/2071/official-low-results/comparison").with(internalService("registry-service")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inBoth", contains("ol-a1")))
                .andExpect(jsonPath("$.onlyOfficial", contains("ol-a3", "ol-b2")))
                .andExpect(jsonPath("$.onlyComputed", contains("ol-a2", "ol-b1")));
    }

    @Test
    void aSchoolAdministratorSeesOnlyTheirSchoolAndAnotherMunicipalityNothing() throws Exception {
        mvc.perform(get("/api/index/years/2071/official-low-results/comparison").with(schoolAdmin("ol-a2", "ol-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inBoth", empty()))
                .andExpect(jsonPath("$.onlyOfficial", empty()))
                .andExpect(jsonPath("$.onlyComputed", contains("ol-a2")));
        mvc.perform(get("/api/index/years/2071/official-low-results/comparison").with(schoolAdmin("ol-a3", "ol-a")))
                .andExpect(jsonPath("$.onlyOfficial", contains("ol-a3")))
                .andExpect(jsonPath("$.onlyComputed", empty()));
        mvc.perform(get("/api/index/years/2071/official-low-results/comparison").with(coordinator("ol-elsewhere")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inBoth", empty()))
                .andExpect(jsonPath("$.onlyOfficial", empty()))
                .andExpect(jsonPath("$.onlyComputed", empty()));
    }

    @Test
    void loadingAgainReplacesTheYearsList() throws Exception {
        mvc.perform(put("/api/index/years/2072/official-low-results").with(regionAnalyst()).contentType("text/csv")
                .content("school_code\nol-a2\nol-a3\n")).andExpect(status().isOk()).andExpect(jsonPath("$.replaced").value(false));
        mvc.perform(put("/api/index/years/2072/official-low-results").with(regionAnalyst()).contentType("text/csv")
                        .content("school_code\nol-a1\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replaced").value(true))
                .andExpect(jsonPath("$.schoolCount").value(1));
        mvc.perform(get("/api/index/years/2072/official-low-results/comparison").with(coordinator("ol-a")))
                .andExpect(jsonPath("$.inBoth", contains("ol-a1")))
                .andExpect(jsonPath("$.onlyOfficial", empty()))
                .andExpect(jsonPath("$.onlyComputed", empty()));
    }

    @Test
    void unknownAndRepeatedCodesRejectTheWholeFileAndTheOldListStays() throws Exception {
        mvc.perform(put("/api/index/years/2073/official-low-results").with(regionAnalyst()).contentType("text/csv")
                .content("school_code\nol-a1\n")).andExpect(status().isOk());
        mvc.perform(put("/api/index/years/2073/official-low-results").with(regionAnalyst()).contentType("text/csv")
                        .content("school_code\nol-a2\nol-nope\nol-a2\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rejectedRows").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("school_code"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("ol-nope")))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].reason").value(containsString("строке 2")));
        mvc.perform(get("/api/index/years/2073/official-low-results/comparison").with(coordinator("ol-a")))
                .andExpect(jsonPath("$.onlyOfficial", contains("ol-a1")))
                .andExpect(jsonPath("$.inBoth", empty()));
    }

    @Test
    void aFileWithoutTheColumnOrABadYearIsUnprocessable() throws Exception {
        mvc.perform(put("/api/index/years/2073/official-low-results").with(regionAnalyst()).contentType("text/csv")
                        .content("code\nol-a1\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("header"));
        mvc.perform(put("/api/index/years/1900/official-low-results").with(regionAnalyst()).contentType("text/csv")
                        .content("school_code\nol-a1\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void aYearWithoutAListOrWithoutARunIsNotFound() throws Exception {
        mvc.perform(get("/api/index/years/2074/official-low-results/comparison").with(coordinator("ol-a")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyACoordinatorLoadsTheList() throws Exception {
        mvc.perform(put("/api/index/years/2071/official-low-results").with(departmentViewer("ol-a")).contentType("text/csv")
                .content("school_code\nol-a1\n")).andExpect(status().isForbidden());
        mvc.perform(put("/api/index/years/2071/official-low-results").with(schoolAdmin("ol-a1", "ol-a")).contentType("text/csv")
                .content("school_code\nol-a1\n")).andExpect(status().isForbidden());
    }
}
