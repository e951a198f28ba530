package ru.mentoring.monitoring.recommendation;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.monitoring.TestRounds;
import ru.mentoring.monitoring.TestSchools;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;
import ru.mentoring.platform.time.DistrictTime;

/**
 * Recommendations after monitoring and the schools' decisions. Municipality {@code rc}: schools
 * {@code rc-a} («СОШ № 7») and {@code rc-b}; {@code rcx} is another municipality.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class RecommendationsAfterMonitoringTest {

    static final String TEXT = "Провести для молодых педагогов серию открытых уроков наставников";
    static String roundOfA;
    static String roundOfB;

    private final MockMvc mvc;

    RecommendationsAfterMonitoringTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void schoolsAndRounds(@Autowired MockMvc mvc) throws Exception {
        TestSchools.REGISTRY.school("rc-a", "СОШ № 7", 10L, 1L, 1L);
        TestSchools.REGISTRY.school("rc-b", "Гимназия № 2", 10L, 1L, 1L);
        roundOfA = TestRounds.open(mvc, coordinator("rc"), "rc-a", "MENTEE_AFTER", "MENTEE", 1).id().toString();
        roundOfB = TestRounds.open(mvc, coordinator("rc"), "rc-b", "MENTEE_AFTER", "MENTEE", 1).id().toString();
    }

    private ResultActions recommend(RequestPostProcessor caller, String school, String round) throws Exception {
        String roundJson = round == null ? "" : ",\"roundId\":\"" + round + "\"";
        return mvc.perform(post("/api/monitoring/recommendations").with(caller).contentType(MediaType.APPLICATION_JSON)
                .content("{\"programmeYear\":2026,\"schoolCode\":\"%s\",\"text\":\"%s\"%s}".formatted(school, TEXT, roundJson)));
    }

    private ResultActions decide(RequestPostProcessor caller, String id, LocalDate due, LocalDate done) throws Exception {
        String doneJson = done == null ? "" : ",\"doneOn\":\"" + done + "\"";
        return mvc.perform(put("/api/monitoring/recommendations/" + id + "/decision").with(caller)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"Утвердить график открытых уроков\",\"dueDate\":\"%s\"%s}".formatted(due, doneJson)));
    }

    private static LocalDate today() {
        return DistrictTime.today();
    }

    @Test
    void theCoordinatorRecommendsFromARoundAndTheSchoolRecordsItsDecision() throws Exception {
        String body = recommend(coordinator("rc"), "rc-a", roundOfA)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.schoolCode").value("rc-a"))
                .andExpect(jsonPath("$.schoolName").value("СОШ № 7"))
                .andExpect(jsonPath("$.roundId").value(roundOfA))
                .andExpect(jsonPath("$.text").value(TEXT))
                .andExpect(jsonPath("$.decision").value(nullValue()))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        LocalDate due = today().plusMonths(2);
        decide(schoolAdmin("rc-a", "rc"), id, due, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("Утвердить график открытых уроков"))
                .andExpect(jsonPath("$.dueDate").value(due.toString()))
                .andExpect(jsonPath("$.overdue").value(false));
        mvc.perform(get("/api/monitoring/recommendations").param("programmeYear", "2026").param("schoolCode", "rc-a")
                        .with(coordinator("rc")))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].decision").value("Утвердить график открытых уроков"));
        mvc.perform(get("/api/monitoring/recommendations").param("programmeYear", "2026").with(schoolAdmin("rc-a", "rc")))
                .andExpect(jsonPath("$[*].schoolCode").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("rc-a"))));
        // the department viewer reads what was recommended and decided, not who wrote it
        mvc.perform(get("/api/monitoring/recommendations/" + id).with(departmentViewer("rc")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value(TEXT))
                .andExpect(jsonPath("$.recommendedBy").value(nullValue()))
                .andExpect(jsonPath("$.decidedBy").value(nullValue()));
    }

    @Test
    void anotherSchoolsOrMunicipalitysRecommendationIsNotFound() throws Exception {
        String id = JsonPath.read(recommend(coordinator("rc"), "rc-a", null).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/monitoring/recommendations/" + id).with(schoolAdmin("rc-b", "rc"))).andExpect(status().isNotFound());
        decide(schoolAdmin("rc-b", "rc"), id, today().plusDays(10), null).andExpect(status().isNotFound());
        mvc.perform(get("/api/monitoring/recommendations/" + id).with(coordinator("rcx"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/monitoring/recommendations").param("schoolCode", "rc-a").with(coordinator("rcx")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/monitoring/recommendations").with(coordinator("rcx"))).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/monitoring/recommendations").param("schoolCode", "rc-a").with(schoolAdmin("rc-b", "rc")))
                .andExpect(status().isNotFound());
        recommend(coordinator("rcx"), "rc-a", null).andExpect(status().isNotFound());
        // a round of another school is no basis for this one's recommendation
        recommend(coordinator("rc"), "rc-a", roundOfB)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("roundId"));
    }

    @Test
    void theCoordinatorRecommendsAndOnlyTheSchoolDecides() throws Exception {
        recommend(schoolAdmin("rc-a", "rc"), "rc-a", null).andExpect(status().isForbidden());
        String id = JsonPath.read(recommend(coordinator("rc"), "rc-a", null).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        decide(coordinator("rc"), id, today().plusDays(10), null).andExpect(status().isForbidden());
    }

    @Test
    void aDecisionPastItsDueDateAndNotDoneIsOverdueAndADoneDayIsNotInTheFuture() throws Exception {
        String id = JsonPath.read(recommend(coordinator("rc"), "rc-b", null).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        decide(schoolAdmin("rc-b", "rc"), id, today().minusDays(1), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overdue").value(true));
        decide(schoolAdmin("rc-b", "rc"), id, today().minusDays(1), today().plusDays(1))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("doneOn"));
        decide(schoolAdmin("rc-b", "rc"), id, today().minusDays(1), today())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.doneOn").value(today().toString()))
                .andExpect(jsonPath("$.overdue").value(false));
        mvc.perform(put("/api/monitoring/recommendations/" + id + "/decision").with(schoolAdmin("rc-b", "rc"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'dueDate')].reason").value("Укажите срок исполнения решения"));
    }
}
