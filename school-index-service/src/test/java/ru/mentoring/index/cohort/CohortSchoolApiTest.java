package ru.mentoring.index.cohort;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.index.TestData;
import ru.mentoring.platform.test.TestWorkbooks;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.internalService;
import static ru.mentoring.platform.test.TestCallers.regionAnalyst;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/** School codes and municipalities start with "cs-": no other test class uses them. */
@SpringBootTest
@AutoConfigureMockMvc
class CohortSchoolApiTest {

    private final MockMvc mvc;

    CohortSchoolApiTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void regionSchoolsAreLoadedFromCsvAndALaterFileUpdatesThem() throws Exception {
        String csv = """
                school_code,name,municipality_code,advanced_level
                cs-r1,"МБОУ ""СОШ №1"", г. Энск",cs-east,true
                cs-r2,МБОУ ООШ №2,cs-east,false
                """;
        mvc.perform(post("/api/index/schools").with(regionAnalyst()).contentType("text/csv").content(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rowsRead").value(2))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.updated").value(0));
        mvc.perform(post("/api/index/schools").with(regionAnalyst()).contentType("text/csv")
                        .content("school_code,name,municipality_code,advanced_level\ncs-r2,МБОУ СОШ №2,cs-east,TRUE\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(1));
        mvc.perform(get("/api/index/schools").with(departmentViewer("cs-east")))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].name").value("МБОУ \"СОШ №1\", г. Энск"))
                .andExpect(jsonPath("$[1].advancedLevel").value(true))
                .andExpect(jsonPath("$[1].source").value("REGION"));
    }

    @Test
    void regionSchoolsCanComeAsXlsx() throws Exception {
        byte[] xlsx = TestWorkbooks.xlsx(java.util.List.of(
                java.util.List.of("school_code", "name", "municipality_code", "advanced_level"),
                java.util.List.of("cs-x1", "Лицей №1", "cs-xlsx", "true")));
        mvc.perform(post("/api/index/schools").with(regionAnalyst()).contentType(TestData.XLSX).content(xlsx))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
    }

    @Test
    void aBadRowRejectsTheWholeFileAndNamesEveryProblem() throws Exception {
        String csv = """
                school_code,name,municipality_code,advanced_level
                cs-b1,Школа,cs-bad,true
                cs-b2,Школа,cs-bad,да
                cs-b1,Школа,cs-bad,false
                ,,cs-bad,false
                """;
        mvc.perform(post("/api/index/schools").with(regionAnalyst()).contentType("text/csv").content(csv))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rejectedRows").value(3))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("advanced_level"))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].field").value("school_code"))
                .andExpect(jsonPath("$.errors[2].row").value(5));
        mvc.perform(get("/api/index/schools").with(coordinator("cs-bad"))).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aHeaderWithoutAColumnIsRejected() throws Exception {
        mvc.perform(post("/api/index/schools").with(regionAnalyst()).contentType("text/csv")
                        .content("school_code,name,municipality\ncs-h1,Школа,cs-h\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("header"));
    }

    @Test
    void theRegistryMakesItsSchoolKnownAndARegionFileDoesNotOverwriteIt() throws Exception {
        mvc.perform(put("/api/index/schools/cs-reg1").with(internalService("registry-service")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"МБОУ СОШ №5 (реестр)","municipalityCode":"cs-home","advancedLevel":true}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("REGISTRY"));
        mvc.perform(put("/api/index/schools/cs-reg1").with(internalService("registry-service")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"МБОУ СОШ №5","municipalityCode":"cs-home","advancedLevel":true,"source":"REGISTRY"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("МБОУ СОШ №5"));
        mvc.perform(post("/api/index/schools").with(regionAnalyst()).contentType("text/csv")
                        .content("school_code,name,municipality_code,advanced_level\ncs-reg1,Другое имя,cs-other,false\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keptFromRegistry").value(1));
        mvc.perform(get("/api/index/schools/cs-reg1").with(schoolAdmin("cs-reg1", "cs-home")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("МБОУ СОШ №5"))
                .andExpect(jsonPath("$.municipalityCode").value("cs-home"));
        mvc.perform(put("/api/index/schools/cs-reg1").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"X","municipalityCode":"cs-home","source":"REGION"}"""))
                .andExpect(status().isConflict());
    }

    @Test
    void aSchoolOfAnotherMunicipalityOrAnotherSchoolIsNotFound() throws Exception {
        mvc.perform(put("/api/index/schools/cs-t1").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Школа 1","municipalityCode":"cs-t","source":"REGION"}"""))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/index/schools/cs-t1").with(coordinator("cs-elsewhere"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/index/schools/cs-t1").with(schoolAdmin("cs-t2", "cs-t"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/index/schools").with(schoolAdmin("cs-t1", "cs-t"))).andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void missingNameIsABadRequestAndABadCodeIsUnprocessable() throws Exception {
        mvc.perform(put("/api/index/schools/cs-v1").with(internalService("registry-service")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"municipalityCode\":\"cs-v\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(put("/api/index/schools/cs v1").with(internalService("registry-service")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Школа\",\"municipalityCode\":\"cs-v\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void viewersAndSchoolAdministratorsDoNotWriteTheCohort() throws Exception {
        String csv = "school_code,name,municipality_code,advanced_level\ncs-f1,Школа,cs-f,false\n";
        mvc.perform(post("/api/index/schools").with(departmentViewer("cs-f")).contentType("text/csv").content(csv))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/index/schools").with(schoolAdmin("cs-f1", "cs-f")).contentType("text/csv").content(csv))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/index/schools/cs-f1").with(departmentViewer("cs-f")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Школа\",\"municipalityCode\":\"cs-f\"}"))
                .andExpect(status().isForbidden());
    }
}
