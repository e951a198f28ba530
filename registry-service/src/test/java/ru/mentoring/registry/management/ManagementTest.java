package ru.mentoring.registry.management;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.registry.TestData;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Seed 004's management teams and personnel reserve: a school names its teachers in the team (with the position held)
 * and in the reserve (with the position prepared for), once each; students and other schools' teachers are not taken;
 * the coordinator counts every school's; another school's list is not found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ManagementTest {

    static final String M = "mgt";

    private final MockMvc mvc;

    ManagementTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    static String director;
    static String deputy;
    static String young;
    static String student;
    static String elsewhere;

    @BeforeAll
    static void aSchool(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("mgt-a", "Школа А");
        data.school("mgt-b", "Школа Б");
        director = data.teacher("mgt-a", "d-1", "Директорова", "история", 30);
        deputy = data.teacher("mgt-a", "d-2", "Завучева", "математика", 20);
        young = data.teacher("mgt-a", "d-3", "Перспективная", "физика", 7);
        student = data.student("mgt-a", "s-1", "Ученический", 9);
        elsewhere = data.teacher("mgt-b", "d-4", "Соседская", "химия", 15);
    }

    static MockHttpServletRequestBuilder add(String school, String json) {
        return post("/api/registry/schools/" + school + "/management").contentType(MediaType.APPLICATION_JSON).content(json);
    }

    @Test
    void aSchoolNamesItsTeamAndReserveAndTheCoordinatorCountsThem() throws Exception {
        mvc.perform(add("mgt-a", """
                        {"participantId":"%s","role":"TEAM","position":"директор","since":"2019-09-01"}""".formatted(director))
                        .with(schoolAdmin("mgt-a", M)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fullName").value("Директорова Анна Петровна"))
                .andExpect(jsonPath("$.roleLabel").value("член управленческой команды"));
        mvc.perform(add("mgt-a", """
                        {"participantId":"%s","role":"TEAM","position":"заместитель директора по УВР"}""".formatted(deputy))
                        .with(schoolAdmin("mgt-a", M)))
                .andExpect(status().isCreated());
        mvc.perform(add("mgt-a", """
                        {"participantId":"%s","role":"RESERVE","position":"заместитель директора по УВР"}""".formatted(young))
                        .with(coordinator(M)))
                .andExpect(status().isCreated());
        mvc.perform(add("mgt-a", """
                        {"participantId":"%s","role":"TEAM","position":"директор"}""".formatted(director))
                        .with(schoolAdmin("mgt-a", M)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].reason").value("Педагог уже в управленческой команде"));
        mvc.perform(get("/api/registry/schools/mgt-a/management").with(schoolAdmin("mgt-a", M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schoolShortName").value("Школа А"))
                .andExpect(jsonPath("$.team", hasSize(2)))
                .andExpect(jsonPath("$.team[0].fullName").value("Директорова Анна Петровна"))
                .andExpect(jsonPath("$.reserve", hasSize(1)))
                .andExpect(jsonPath("$.reserve[0].position").value("заместитель директора по УВР"));
        mvc.perform(get("/api/registry/management/overview").with(coordinator(M)))
                .andExpect(jsonPath("$[?(@.schoolCode == 'mgt-a')].team").value(2))
                .andExpect(jsonPath("$[?(@.schoolCode == 'mgt-a')].reserve").value(1))
                .andExpect(jsonPath("$[?(@.schoolCode == 'mgt-b')].team").value(0));
        mvc.perform(get("/api/registry/management/overview").with(schoolAdmin("mgt-a", M))).andExpect(status().isForbidden());
    }

    @Test
    void onlyTheSchoolsOwnTeachersAreTaken() throws Exception {
        mvc.perform(add("mgt-a", """
                        {"participantId":"%s","role":"RESERVE","position":"заместитель директора"}""".formatted(student))
                        .with(schoolAdmin("mgt-a", M)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value("В управленческую команду и кадровый резерв включаются педагогические работники"));
        mvc.perform(add("mgt-a", """
                        {"participantId":"%s","role":"RESERVE","position":"заместитель директора"}""".formatted(elsewhere))
                        .with(coordinator(M)))
                .andExpect(status().isNotFound());
        mvc.perform(add("mgt-a", "{\"participantId\":\"%s\",\"position\":\" \"}".formatted(young)).with(schoolAdmin("mgt-a", M)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("role", "position")));
    }

    @Test
    void anotherSchoolsManagementIsNotFoundAndNotChanged() throws Exception {
        String body = mvc.perform(add("mgt-b", """
                        {"participantId":"%s","role":"TEAM","position":"директор"}""".formatted(elsewhere))
                        .with(schoolAdmin("mgt-b", M)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/registry/schools/mgt-b/management").with(schoolAdmin("mgt-a", M))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/registry/management/" + id).with(schoolAdmin("mgt-a", M))).andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/schools/mgt-b/management").with(coordinator("mgx"))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/registry/management/" + id).with(schoolAdmin("mgt-b", M))).andExpect(status().isNoContent());
        mvc.perform(get("/api/registry/schools/mgt-b/management").with(coordinator(M))).andExpect(jsonPath("$.team", hasSize(0)));
    }
}
