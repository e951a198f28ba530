package ru.mentoring.registry.pair;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.registry.TestData;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.internalService;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * The pairs the monitoring service opens its rounds from. School {@code pfm-a}: a teacher pair
 * (mentor and mentee of a), and a cross-school pair whose mentor is of a and mentee of {@code pfm-b};
 * both start today and run six months.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PairsForMonitoringTest {

    static final String M = "pmon";

    private final MockMvc mvc;

    PairsForMonitoringTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    static String teacherPair;
    static String crossPair;
    static String menteeOfB;

    @BeforeAll
    static void pairs(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("pmon-a");
        data.school("pmon-b");
        String mentor = consented(data, data.teacher("pmon-a", "pmon-m1", "Наставник", "физика", 20));
        String mentee = consented(data, data.teacher("pmon-a", "pmon-y1", "Молодой", "физика", 1));
        teacherPair = data.pair(mentor, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", mentee);
        String mentor2 = consented(data, data.teacher("pmon-a", "pmon-m2", "Второй", "химия", 15));
        menteeOfB = consented(data, data.teacher("pmon-b", "pmon-y2", "Другой", "химия", 2));
        crossPair = data.pair(mentor2, "TEACHER_TEACHER", "INNOVATOR_CONSERVATIVE_TEACHER", "TRADITIONAL", menteeOfB);
        // the teacher pair moves on to its second stage
        mvc.perform(post("/api/registry/pairs/" + teacherPair + "/status").with(coordinator(M))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DESIGN\"}")).andExpect(status().isOk());
    }

    private static String consented(TestData data, String id) throws Exception {
        data.consent(id);
        return id;
    }

    @Test
    void theMonitoringServiceReadsASchoolsPairsOfThePeriodWithFormModelStageAndItsOwnMembersOnly() throws Exception {
        LocalDate today = TestData.today();
        mvc.perform(get("/api/registry/pairs/in-period").param("schoolCode", "pmon-a")
                        .param("from", today.withDayOfYear(1).toString()).param("to", today.plusYears(1).toString())
                        .with(internalService("monitoring-service")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[?(@.id == '" + teacherPair + "')].form").value("TEACHER_TEACHER"))
                .andExpect(jsonPath("$[?(@.id == '" + teacherPair + "')].interactionModel").value("EXPERIENCED_TEACHER_YOUNG_SPECIALIST"))
                .andExpect(jsonPath("$[?(@.id == '" + teacherPair + "')].interactionModelLabel")
                        .value("опытный педагог – молодой специалист"))
                .andExpect(jsonPath("$[?(@.id == '" + teacherPair + "')].status").value("DESIGN"))
                .andExpect(jsonPath("$[?(@.id == '" + teacherPair + "')].members[*].role").value(
                        org.hamcrest.Matchers.containsInAnyOrder("MENTOR", "MENTEE")))
                // the cross-school pair: only school a's mentor; b's mentee is not a's to survey
                .andExpect(jsonPath("$[?(@.id == '" + crossPair + "')].status").value("PREPARATORY"))
                .andExpect(jsonPath("$[?(@.id == '" + crossPair + "')].members[*].role").value(
                        org.hamcrest.Matchers.contains("MENTOR")))
                .andExpect(jsonPath("$..participantId").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem(menteeOfB))))
                .andExpect(jsonPath("$..lastName").doesNotExist());
        mvc.perform(get("/api/registry/pairs/in-period").param("schoolCode", "pmon-b")
                        .param("from", today.toString()).param("to", today.toString())
                        .with(internalService("monitoring-service")))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].members[0].participantId").value(menteeOfB));
    }

    @Test
    void aPeriodBeforeThePairsStartOrAfterTheirEndHasNone() throws Exception {
        LocalDate today = TestData.today();
        for (LocalDate from : new LocalDate[] {today.minusYears(2), today.plusMonths(7)}) {
            mvc.perform(get("/api/registry/pairs/in-period").param("schoolCode", "pmon-a")
                            .param("from", from.toString()).param("to", from.plusMonths(3).toString())
                            .with(internalService("monitoring-service")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(0)));
        }
    }

    @Test
    void peopleAreRefusedTheServiceRead() throws Exception {
        for (var caller : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {coordinator(M),
                schoolAdmin("pmon-a", M)}) {
            mvc.perform(get("/api/registry/pairs/in-period").param("schoolCode", "pmon-a")
                            .param("from", "2026-01-01").param("to", "2026-12-31").with(caller))
                    .andExpect(status().isForbidden());
        }
    }
}
