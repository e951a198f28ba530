package ru.mentoring.index.access;

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
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.regionAnalyst;

/**
 * A deployment where municipalities own their data: a coordinator loads and classifies, but only
 * their own municipality's schools, and another municipality's school looks exactly like one that
 * does not exist. Schools "mo-*", municipalities "mo-a" and "mo-b", years 2085..2086.
 */
@SpringBootTest(properties = "index.municipalities-own-data=true")
@AutoConfigureMockMvc
class MunicipalitiesOwnDataApiTest {

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    MunicipalitiesOwnDataApiTest(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    @BeforeAll
    static void eachMunicipalityDescribesItsSchools(@Autowired MockMvc mvc) throws Exception {
        mvc.perform(put("/api/index/methodologies/mo-m").with(coordinator("mo-a")).contentType(MediaType.APPLICATION_JSON)
                .content(TestData.methodology(List.of("mo-i"), List.of("mo-f")))).andExpect(status().is2xxSuccessful());
        mvc.perform(post("/api/index/schools").with(coordinator("mo-a")).contentType("text/csv").content("""
                school_code,name,municipality_code,advanced_level
                mo-a1,Школа А1,mo-a,false
                mo-a2,Школа А2,mo-a,false
                """)).andExpect(status().isOk());
        mvc.perform(put("/api/index/schools/mo-b1").with(coordinator("mo-b")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Школа Б1\",\"municipalityCode\":\"mo-b\",\"advancedLevel\":false}"))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/index/schools/mo-b2").with(coordinator("mo-b")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Школа Б2\",\"municipalityCode\":\"mo-b\",\"advancedLevel\":false}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aCoordinatorsUploadCarriesOnlyTheirSchoolsAndAnotherMunicipalitysSchoolIsUnknown() throws Exception {
        mvc.perform(post("/api/index/years/2085/indicator-values").with(coordinator("mo-b")).contentType("text/csv").content("""
                        school_code,year,indicator_code,value
                        mo-b1,2085,mo-i,0.4
                        mo-b2,2085,mo-i,0.7
                        """))
                .andExpect(status().isOk());
        String foreign = mvc.perform(post("/api/index/years/2085/indicator-values").with(coordinator("mo-b")).contentType("text/csv")
                        .content("school_code,year,indicator_code,value\nmo-a1,2085,mo-i,0.5\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("school_code"))
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(post("/api/index/years/2085/indicator-values").with(coordinator("mo-b")).contentType("text/csv")
                        .content("school_code,year,indicator_code,value\nmo-zz,2085,mo-i,0.5\n"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(reasonOf(foreign).replace("mo-a1", "?"))
                .isEqualTo(reasonOf(unknown).replace("mo-zz", "?"));
    }

    @Test
    void aCoordinatorsLoadReplacesTheirMunicipalitysValuesAndKeepsTheOthers() throws Exception {
        mvc.perform(post("/api/index/years/2086/indicator-values").with(coordinator("mo-a")).contentType("text/csv").content("""
                        school_code,year,indicator_code,value
                        mo-a1,2086,mo-i,0.1
                        mo-a2,2086,mo-i,0.9
                        """))
                .andExpect(status().isOk());
        mvc.perform(post("/api/index/years/2086/indicator-values").with(coordinator("mo-b")).contentType("text/csv").content("""
                        school_code,year,indicator_code,value
                        mo-b1,2086,mo-i,0.4
                        mo-b2,2086,mo-i,0.7
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replacedPrevious").value(false));
        mvc.perform(get("/api/index/years/2086/data").with(coordinator("mo-a")))
                .andExpect(jsonPath("$.schoolsWithIndicators").value(4));
        mvc.perform(post("/api/index/years/2086/context-values").with(coordinator("mo-a")).contentType("text/csv")
                .content("school_code,year,factor_code,value\nmo-a1,2086,mo-f,0.8\nmo-a2,2086,mo-f,0.1\n")).andExpect(status().isOk());
        mvc.perform(post("/api/index/years/2086/context-values").with(coordinator("mo-b")).contentType("text/csv")
                .content("school_code,year,factor_code,value\nmo-b1,2086,mo-f,0.6\nmo-b2,2086,mo-f,0.3\n")).andExpect(status().isOk());
        mvc.perform(post("/api/index/years/2086/classification?methodology=mo-m").with(coordinator("mo-a")))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/index/years/2086/classification").with(coordinator("mo-a")))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(content().string(not(containsString("mo-b1"))));
    }

    @Test
    void aCoordinatorNeitherDescribesNorMovesAnotherMunicipalitysSchool() throws Exception {
        mvc.perform(put("/api/index/schools/mo-a9").with(coordinator("mo-b")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"municipalityCode\":\"mo-a\",\"advancedLevel\":false}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("municipalityCode"));
        mvc.perform(put("/api/index/schools/mo-a1").with(coordinator("mo-b")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"municipalityCode\":\"mo-b\",\"advancedLevel\":false}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(not(containsString("mo-a\""))))
                .andExpect(content().string(not(containsString("Школа А1"))));
        mvc.perform(post("/api/index/schools").with(coordinator("mo-b")).contentType("text/csv")
                        .content("school_code,name,municipality_code,advanced_level\nmo-a2,x,mo-b,false\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("school_code"));
        mvc.perform(get("/api/index/schools/mo-a1").with(coordinator("mo-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Школа А1"))
                .andExpect(jsonPath("$.municipalityCode").value("mo-a"));
        mvc.perform(get("/api/index/schools/mo-a2").with(coordinator("mo-a")))
                .andExpect(jsonPath("$.name").value("Школа А2"));
    }

    @Test
    void anOfficialListOfAnotherMunicipalitysSchoolIsRejectedAsUnknownAndTheOthersPartStays() throws Exception {
        mvc.perform(put("/api/index/years/2086/official-low-results").with(coordinator("mo-b")).contentType("text/csv")
                        .content("school_code\nmo-b1\n"))
                .andExpect(status().isOk());
        String foreign = mvc.perform(put("/api/index/years/2086/official-low-results").with(coordinator("mo-a"))
                        .contentType("text/csv").content("school_code\nmo-b2\n"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(put("/api/index/years/2086/official-low-results").with(coordinator("mo-a"))
                        .contentType("text/csv").content("school_code\nmo-zz\n"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(reasonOf(foreign).replace("mo-b2", "?"))
                .isEqualTo(reasonOf(unknown).replace("mo-zz", "?"));
        mvc.perform(put("/api/index/years/2086/official-low-results").with(coordinator("mo-a")).contentType("text/csv")
                        .content("school_code\nmo-a1\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schoolCount").value(1));
        // mo-b's line of the region's list is still there beside mo-a's
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select school_code from official_low_result where year = 2086 order by 1")
                .query(String.class).list()).containsExactly("mo-a1", "mo-b1");
    }

    @Test
    void aDepartmentViewerStillWritesNothing() throws Exception {
        mvc.perform(post("/api/index/years/2086/classification?methodology=mo-m").with(departmentViewer("mo-a")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/index/years/2087/indicator-values").with(regionAnalyst()).contentType("text/csv")
                        .content("school_code,year,indicator_code,value\nmo-a1,2087,mo-i,0.1\n"))
                .andExpect(status().isOk());
    }

    private static String reasonOf(String problem) {
        int at = problem.indexOf("\"reason\"");
        return problem.substring(at, problem.indexOf('}', at));
    }
}
