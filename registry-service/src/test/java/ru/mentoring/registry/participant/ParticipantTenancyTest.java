package ru.mentoring.registry.participant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/** Against embedded PostgreSQL: the tenant filter, the municipality check and the problem details. */
@SpringBootTest
@AutoConfigureMockMvc
class ParticipantTenancyTest {

    private final MockMvc mvc;

    ParticipantTenancyTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    static String teacherOfB;

    @BeforeAll
    static void schools(@Autowired MockMvc mvc) throws Exception {
        for (String code : new String[] {"tt-a", "tt-b"}) {
            mvc.perform(post("/api/registry/schools").with(coordinator("tt"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"code":"%s","fullName":"МБОУ %s","shortName":"%s","kind":"SOSH","municipalityCode":"tt"}
                                    """.formatted(code, code, code)))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("/api/registry/schools/tt-a/participants").with(schoolAdmin("tt-a", "tt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"externalKey":"a-1","kind":"TEACHER","lastName":"Иванова","firstName":"Анна","subjects":"математика","experienceYears":2}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.youngSpecialist").value(true));
        String body = mvc.perform(post("/api/registry/schools/tt-b/participants").with(coordinator("tt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"externalKey":"b-1","kind":"TEACHER","lastName":"Секретова","firstName":"Вера","subjects":"физика","experienceYears":20}
                                """))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        teacherOfB = JsonPath.read(body, "$.id");
    }

    @Test
    void schoolAdminSeesOnlyTheirOwnSchoolInTheList() throws Exception {
        mvc.perform(get("/api/registry/schools").with(schoolAdmin("tt-a", "tt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].code").value("tt-a"));
    }

    @Test
    void anotherSchoolsPersonIsNotFoundForASchoolAdminAndTheAnswerNamesNothing() throws Exception {
        mvc.perform(get("/api/registry/participants/" + teacherOfB).with(schoolAdmin("tt-a", "tt")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("Секретова"))));
        mvc.perform(get("/api/registry/schools/tt-b/participants").with(schoolAdmin("tt-a", "tt")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCoordinatorOfAnotherMunicipalityCannotSeeTheSchool() throws Exception {
        mvc.perform(get("/api/registry/participants/" + teacherOfB).with(coordinator("other")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/schools").with(coordinator("other")))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aDepartmentViewerGetsCountsButNoNames() throws Exception {
        mvc.perform(get("/api/registry/schools/tt-b/participants").with(departmentViewer("tt")))
                .andExpect(status().isForbidden());
        // one teacher: a count of 1 is hidden from the viewer (the coordinator reads it)
        mvc.perform(get("/api/registry/statistics/schools").with(departmentViewer("tt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.schoolCode == 'tt-b')].participants.TEACHER").value(contains(nullValue())))
                .andExpect(jsonPath("$[?(@.schoolCode == 'tt-b')].suppressed").value(contains(true)))
                .andExpect(content().string(not(containsString("Секретова"))));
        mvc.perform(get("/api/registry/statistics/schools").with(coordinator("tt")))
                .andExpect(jsonPath("$[?(@.schoolCode == 'tt-b')].participants.TEACHER").value(1));
    }

    @Test
    void aDuplicateKeyInTheSameSchoolIsAConflictNamingTheField() throws Exception {
        mvc.perform(post("/api/registry/schools/tt-a/participants").with(schoolAdmin("tt-a", "tt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"externalKey":"a-1","kind":"TEACHER","lastName":"Иванова","firstName":"Анна"}
                                """))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("externalKey"));
    }

    @Test
    void aMissingNameIsABadRequestNamingTheFieldInRussian() throws Exception {
        mvc.perform(post("/api/registry/schools/tt-a/participants").with(schoolAdmin("tt-a", "tt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"externalKey":"a-2","kind":"TEACHER","firstName":"Анна"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lastName"))
                .andExpect(jsonPath("$.errors[0].reason").value("Укажите фамилию"));
    }

    @Test
    void noTokenIsUnauthorizedWithProblemDetails() throws Exception {
        mvc.perform(get("/api/registry/schools"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
