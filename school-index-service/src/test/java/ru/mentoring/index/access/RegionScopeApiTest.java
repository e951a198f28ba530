package ru.mentoring.index.access;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.index.TestData;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.regionAnalyst;

/**
 * The cohort's data is the region's (index.municipalities-own-data off, the default): the region
 * analyst writes it, a coordinator reads their municipality's results and writes nothing. Schools
 * "rs-*", municipalities "rs-a" and "rs-b", years 2081..2082.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegionScopeApiTest {

    private final MockMvc mvc;

    RegionScopeApiTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void theRegionLoadsAndClassifiesTheCohort(@Autowired MockMvc mvc) throws Exception {
        mvc.perform(put("/api/index/methodologies/rs-m").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                .content(TestData.methodology(List.of("rs-i"), List.of("rs-f")))).andExpect(status().is2xxSuccessful());
        mvc.perform(post("/api/index/schools").with(regionAnalyst()).contentType("text/csv").content("""
                school_code,name,municipality_code,advanced_level
                rs-a1,Школа А1,rs-a,false
                rs-a2,Школа А2,rs-a,false
                rs-b1,Школа Б1,rs-b,false
                rs-b2,Школа Б2,rs-b,false
                """)).andExpect(status().isOk());
        mvc.perform(post("/api/index/years/2081/indicator-values").with(regionAnalyst()).contentType("text/csv").content("""
                school_code,year,indicator_code,value
                rs-a1,2081,rs-i,0.1
                rs-a2,2081,rs-i,0.9
                rs-b1,2081,rs-i,0.4
                rs-b2,2081,rs-i,0.7
                """)).andExpect(status().isOk());
        mvc.perform(post("/api/index/years/2081/context-values").with(regionAnalyst()).contentType("text/csv").content("""
                school_code,year,factor_code,value
                rs-a1,2081,rs-f,0.8
                rs-a2,2081,rs-f,0.1
                rs-b1,2081,rs-f,0.6
                rs-b2,2081,rs-f,0.3
                """)).andExpect(status().isOk());
        mvc.perform(post("/api/index/years/2081/classification?methodology=rs-m").with(regionAnalyst()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.computedBy").value("region"));
    }

    @Test
    void aCoordinatorWritesNothingOfTheRegionsCohort() throws Exception {
        mvc.perform(post("/api/index/years/2081/indicator-values").with(coordinator("rs-b")).contentType("text/csv")
                        .content("school_code,year,indicator_code,value\nrs-a1,2081,rs-i,0.5\n"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/index/years/2081/context-values").with(coordinator("rs-b")).contentType("text/csv")
                        .content("school_code,year,factor_code,value\nrs-b1,2081,rs-f,0.5\n"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/index/years/2081/classification?methodology=rs-m").with(coordinator("rs-b")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/index/schools/rs-a1").with(coordinator("rs-b")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"municipalityCode\":\"rs-b\",\"advancedLevel\":false}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/index/schools").with(coordinator("rs-a")).contentType("text/csv")
                        .content("school_code,name,municipality_code,advanced_level\nrs-a9,Школа,rs-a,false\n"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/index/years/2081/official-low-results").with(coordinator("rs-a")).contentType("text/csv")
                        .content("school_code\nrs-a1\n"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/index/methodologies/rs-other").with(coordinator("rs-a")).contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.methodology(List.of("rs-i"), List.of("rs-f"))))
                .andExpect(status().isForbidden());
        // nothing moved: the values and the school are as the region loaded them
        mvc.perform(get("/api/index/years/2081/data").with(regionAnalyst()))
                .andExpect(jsonPath("$.schoolsWithIndicators").value(4));
        mvc.perform(get("/api/index/schools/rs-a1").with(coordinator("rs-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Школа А1"));
    }

    @Test
    void aCoordinatorReadsTheirMunicipalitysResultsAndTheRegionWideSummary() throws Exception {
        mvc.perform(get("/api/index/years/2081/classification").with(coordinator("rs-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].schoolCode").value("rs-a1"))
                .andExpect(jsonPath("$[1].schoolCode").value("rs-a2"));
        mvc.perform(get("/api/index/years/2081/classification/summary").with(coordinator("rs-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.iorBoundaries.2081").exists())
                .andExpect(content().string(not(containsString("rs-b1"))))
                .andExpect(content().string(not(containsString("Школа Б1"))));
        mvc.perform(get("/api/index/schools/rs-a1/history").with(coordinator("rs-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/api/index/schools/rs-a1/history").with(coordinator("rs-b")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRegionAnalystReadsEverySchoolOfTheRegion() throws Exception {
        mvc.perform(get("/api/index/years/2081/classification").with(regionAnalyst()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.schoolCode == 'rs-a1')]").exists())
                .andExpect(jsonPath("$[?(@.schoolCode == 'rs-b2')]").exists());
        mvc.perform(get("/api/index/schools/rs-b2/history").with(regionAnalyst())).andExpect(status().isOk());
        mvc.perform(get("/api/index/municipalities/rs-b/low-results-trend").with(regionAnalyst())).andExpect(status().isOk());
        mvc.perform(get("/api/index/municipalities/rs-b/low-results-trend").with(coordinator("rs-a"))).andExpect(status().isNotFound());
    }

    @Test
    void aRegionSchoolsMunicipalityNeverChangesThroughTheIndexApi() throws Exception {
        mvc.perform(put("/api/index/schools/rs-m1").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Школа М1\",\"municipalityCode\":\"rs-a\",\"advancedLevel\":false}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("REGION"));
        mvc.perform(put("/api/index/schools/rs-m1").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Школа М1\",\"municipalityCode\":\"rs-b\",\"advancedLevel\":false}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("municipalityCode"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("не меняется")));
        mvc.perform(post("/api/index/schools").with(regionAnalyst()).contentType("text/csv")
                        .content("school_code,name,municipality_code,advanced_level\nrs-m1,Школа М1,rs-b,false\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("municipality_code"));
        mvc.perform(put("/api/index/schools/rs-m1").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Школа М1 (новое имя)\",\"municipalityCode\":\"rs-a\",\"advancedLevel\":true}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/index/schools/rs-m1").with(coordinator("rs-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalityCode").value("rs-a"))
                .andExpect(jsonPath("$.name").value("Школа М1 (новое имя)"));
        mvc.perform(get("/api/index/schools/rs-m1").with(coordinator("rs-b"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheRegistryDescribesTheRegistrysSchools() throws Exception {
        mvc.perform(put("/api/index/schools/rs-r1").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Школа\",\"municipalityCode\":\"rs-a\",\"source\":\"REGISTRY\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
    }
}
