package ru.mentoring.registry.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.micrometer.core.instrument.MeterRegistry;

import ru.mentoring.registry.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/** The audit log: who, when, which record, field by field; the coordinator's, of their municipality only. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTest {

    static final String M = "aud";

    private final MockMvc mvc;

    private final MeterRegistry meters;

    AuditTest(MockMvc mvc, MeterRegistry meters) {
        this.mvc = mvc;
        this.meters = meters;
    }

    static String teacher;

    @BeforeAll
    static void changes(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("aud-a");
        data.school("aud-b");
        teacher = data.teacher("aud-a", "A-1", "Аудитова", "химия", 9);
        data.teacher("aud-b", "B-1", "Бэшная", "химия", 9);
        TestData other = new TestData(mvc, "adx");
        other.school("adx-z");
        other.teacher("adx-z", "Z-1", "Соседская", "химия", 9);
        mvc.perform(post("/api/registry/participants/" + teacher + "/consents").with(schoolAdmin("aud-a", M))
                .contentType(MediaType.APPLICATION_JSON).content("{\"givenOn\":\"%s\",\"documentRef\":\"№ 3\"}".formatted(TestData.today())))
                .andExpect(status().isCreated());
    }

    @Test
    void theCoordinatorReadsWhoChangedWhatInASchool() throws Exception {
        mvc.perform(get("/api/registry/audit?schoolCode=aud-a").with(coordinator(M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].action", hasItem("PARTICIPANT_CREATED")))
                .andExpect(jsonPath("$.items[*].action", hasItem("CONSENT_RECORDED")))
                .andExpect(jsonPath("$.items[*].schoolCodes[0]", everyItem(is("aud-a"))))
                .andExpect(jsonPath("$.items[?(@.action == 'CONSENT_RECORDED')].actor").value("admin-aud-a"))
                .andExpect(jsonPath("$.items[?(@.action == 'PARTICIPANT_CREATED')].changes[*].newValue", hasItem("Аудитова")))
                .andExpect(jsonPath("$.items[?(@.action == 'PARTICIPANT_CREATED')].entityId").value(teacher))
                .andExpect(content().string(not(containsString("Бэшная"))));
        mvc.perform(get("/api/registry/audit").with(coordinator(M)))
                .andExpect(jsonPath("$.items[*].changes[*].newValue", hasItem("Бэшная")))
                .andExpect(content().string(not(containsString("Соседская"))));
    }

    @Test
    void theWindowOfDaysIsApplied() throws Exception {
        String today = TestData.today().toString();
        mvc.perform(get("/api/registry/audit?schoolCode=aud-a&from=" + today + "&to=" + today).with(coordinator(M)))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
        mvc.perform(get("/api/registry/audit?schoolCode=aud-a&to=" + TestData.today().minusDays(2)).with(coordinator(M)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/registry/audit?from=" + today + "&to=" + TestData.today().minusDays(1)).with(coordinator(M)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/registry/audit?from=вчера").with(coordinator(M)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void onlyTheCoordinatorOfTheMunicipalityReadsIt() throws Exception {
        mvc.perform(get("/api/registry/audit").with(schoolAdmin("aud-a", M))).andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/audit").with(departmentViewer(M))).andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/audit?schoolCode=aud-a").with(coordinator("adx"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/audit").with(coordinator("adx")))
                .andExpect(content().string(not(containsString("Аудитова"))));
    }

    @Test
    void consentsAreCounted() {
        assertThat(meters.find("registry.consents.recorded").counter()).isNotNull();
        assertThat(meters.find("registry.consents.recorded").counter().count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void withKeycloakSwitchedOffAnAdministratorCannotBeCreatedAndTheAnswerSaysWhy() throws Exception {
        mvc.perform(post("/api/registry/schools/aud-a/administrators").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"admin-aud\",\"email\":\"a@school.ru\",\"firstName\":\"А\",\"lastName\":\"Б\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail", containsString("отключена")));
    }
}
