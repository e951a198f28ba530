package ru.mentoring.monitoring.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.monitoring.TestRounds;
import ru.mentoring.monitoring.TestRounds.Link;
import ru.mentoring.monitoring.TestSchools;
import ru.mentoring.monitoring.registry.RegistryPairs.Member;
import ru.mentoring.monitoring.registry.RegistryPairs.PeriodPair;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Rounds opened from the registry's pairs (stubbed in {@link TestSchools#PAIRS}). School {@code rfp-a},
 * 2026: a teacher pair (опытный педагог – молодой специалист, реализационный этап) with mentee e1;
 * a student group (успевающий – неуспевающий, проектировочный) with mentees e2, e3; a terminated
 * pair with e4; a pair of 2024 with e5. School {@code rfp-b}: one pair still at its first stage.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class RoundsFromPairsTest {

    static final int YEAR = 2026;
    static final UUID M1 = UUID.randomUUID();
    static final UUID M2 = UUID.randomUUID();
    static final UUID E1 = UUID.randomUUID();
    static final UUID E2 = UUID.randomUUID();
    static final UUID E3 = UUID.randomUUID();
    static final UUID E4 = UUID.randomUUID();
    static final UUID E5 = UUID.randomUUID();

    private final MockMvc mvc;

    RoundsFromPairsTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void pairs() {
        LocalDate start = LocalDate.of(YEAR, 9, 15);
        TestSchools.PAIRS.bySchool.put("rfp-a", List.of(
                pair("TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "опытный педагог – молодой специалист",
                        "IMPLEMENTATION", start, M1, E1),
                pair("STUDENT_STUDENT", "ACHIEVER_UNDERACHIEVER", "успевающий – неуспевающий", "DESIGN", start, M2, E2, E3),
                pair("STUDENT_STUDENT", "LEADER_PASSIVE", "лидер – пассивный", "TERMINATED", start, M2, E4),
                pair("STUDENT_STUDENT", "PEER_TO_PEER", "равный – равному", "COMPLETED", LocalDate.of(2024, 1, 10), M2, E5)));
        TestSchools.PAIRS.bySchool.put("rfp-b", List.of(
                pair("TEACHER_TEACHER", "INNOVATOR_CONSERVATIVE_TEACHER", "педагог-новатор – консервативный педагог",
                        "PREPARATORY", start, UUID.randomUUID(), UUID.randomUUID())));
    }

    static PeriodPair pair(String form, String model, String label, String status, LocalDate start, UUID mentor,
            UUID... mentees) {
        List<Member> members = new java.util.ArrayList<>(List.of(new Member(mentor, "MENTOR")));
        for (UUID m : mentees) {
            members.add(new Member(m, "MENTEE"));
        }
        return new PeriodPair(UUID.randomUUID(), form, model, label, status, start, start.plusMonths(8), members);
    }

    private ResultActions open(RequestPostProcessor caller, String school, String template, String overrideReason)
            throws Exception {
        String reason = overrideReason == null ? "" : ",\"overrideReason\":\"" + overrideReason + "\"";
        return mvc.perform(post("/api/monitoring/rounds").with(caller).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"programmeYear":%d,"schoolCode":"%s","templateCode":"%s","validityDays":14,"fromPairs":true%s}
                        """.formatted(YEAR, school, template, reason)));
    }

    @Test
    void aRoundFromPairsAsksTheMenteesOfTheYearsPairsWithTheirFormAndModel() throws Exception {
        String body = open(schoolAdmin("rfp-a", "rfp"), "rfp-a", "MENTEE_BEFORE", null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.round.fromPairs").value(true))
                // two forms among the pairs: the round names none, each respondent their own
                .andExpect(jsonPath("$.round.form").value(nullValue()))
                .andExpect(jsonPath("$.links[*].participantId").value(containsInAnyOrder(E1.toString(), E2.toString(),
                        E3.toString())))
                .andReturn().getResponse().getContentAsString();
        String roundId = JsonPath.read(body, "$.round.id");
        mvc.perform(get("/api/monitoring/rounds/" + roundId).with(coordinator("rfp")))
                .andExpect(jsonPath("$.respondents", hasSize(3)))
                .andExpect(jsonPath("$.respondents[?(@.participantId == '" + E1 + "')].form").value("TEACHER_TEACHER"))
                .andExpect(jsonPath("$.respondents[?(@.participantId == '" + E1 + "')].interactionModelLabel")
                        .value("опытный педагог – молодой специалист"))
                .andExpect(jsonPath("$.respondents[?(@.participantId == '" + E3 + "')].form").value("STUDENT_STUDENT"))
                .andExpect(jsonPath("$.respondents[?(@.participantId == '" + E3 + "')].interactionModel")
                        .value("ACHIEVER_UNDERACHIEVER"));
        // a mentor form asks the mentors: M2 mentors two pairs of the year (one terminated) and is asked once
        open(coordinator("rfp"), "rfp-a", "MENTOR_BEFORE", null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.links[*].participantId").value(containsInAnyOrder(M1.toString(), M2.toString())));
    }

    @Test
    void theAssessmentSplitsTheAnswersByTheRespondentsFormAndModel() throws Exception {
        RequestPostProcessor coordinator = coordinator("rfp");
        String body = open(coordinator, "rfp-a", "MENTEE_AFTER", null).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> links = JsonPath.read(body, "$.links");
        // joint work: e1 9 (satisfied), e2 5 (not), e3 8 (satisfied)
        Map<UUID, Integer> joint = Map.of(E1, 9, E2, 5, E3, 8);
        for (Map<String, Object> l : links) {
            UUID person = UUID.fromString((String) l.get("participantId"));
            TestRounds.answer(mvc, coordinator, "MENTEE_AFTER", new Link(UUID.fromString((String) l.get("respondentId")),
                    person, (String) l.get("token")), Map.of("joint_work_satisfaction", joint.get(person)));
        }
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", String.valueOf(YEAR)).param("role", "MENTEE")
                        .with(coordinator))
                .andExpect(jsonPath("$.tables[0].respondents").value(3))
                .andExpect(jsonPath("$.tables[0].byForm[?(@.key == 'TEACHER_TEACHER')].respondents").value(1))
                .andExpect(jsonPath("$.tables[0].byForm[?(@.key == 'STUDENT_STUDENT')].respondents").value(2))
                .andExpect(jsonPath("$.tables[0].byForm[?(@.key == 'STUDENT_STUDENT')].satisfiedWithJointWork").value(1))
                .andExpect(jsonPath("$.tables[0].byForm[?(@.key == 'STUDENT_STUDENT')].satisfiedWithJointWorkPercent").value(50.0))
                .andExpect(jsonPath("$.tables[0].byModel[?(@.label == 'успевающий – неуспевающий')].respondents").value(2))
                .andExpect(jsonPath("$.tables[0].byModel[?(@.label == 'опытный педагог – молодой специалист')].satisfiedWithJointWork")
                        .value(1));
        // the form filter takes each respondent's own pair's form
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", String.valueOf(YEAR)).param("role", "MENTEE")
                        .param("form", "STUDENT_STUDENT").with(coordinator))
                .andExpect(jsonPath("$.tables[0].respondents").value(2))
                .andExpect(jsonPath("$.tables[0].satisfiedWithJointWork").value(1));
    }

    @Test
    void anAfterRoundIsRefusedWhilePairsAreAtTheirFirstStageUnlessTheCoordinatorGivesAReason() throws Exception {
        open(coordinator("rfp"), "rfp-b", "MENTEE_AFTER", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("overrideReason"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("Пар на подготовительном этапе: 1")));
        // the school cannot override
        open(schoolAdmin("rfp-b", "rfp"), "rfp-b", "MENTEE_AFTER", "Пара завершает работу досрочно")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("только координатор")));
        open(coordinator("rfp"), "rfp-b", "MENTEE_AFTER", "Наставляемый переводится в другую школу")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.round.overrideReason").value("Наставляемый переводится в другую школу"))
                .andExpect(jsonPath("$.round.form").value("TEACHER_TEACHER"));
        // a before-round is what a pair at its first stage is for
        open(schoolAdmin("rfp-b", "rfp"), "rfp-b", "MENTEE_BEFORE", null).andExpect(status().isCreated());
    }

    @Test
    void anotherSchoolsOrMunicipalitysPairsAreNotFound() throws Exception {
        open(schoolAdmin("rfp-a", "rfp"), "rfp-b", "MENTEE_BEFORE", null).andExpect(status().isNotFound());
        open(coordinator("rfpx"), "rfp-a", "MENTEE_BEFORE", null).andExpect(status().isNotFound());
    }

    @Test
    void aRoundIsFromPairsOrListedNeverBothAndAYearWithoutPairsIsSaid() throws Exception {
        mvc.perform(post("/api/monitoring/rounds").with(coordinator("rfp")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"programmeYear":2026,"schoolCode":"rfp-a","templateCode":"MENTEE_BEFORE","validityDays":14,
                                 "fromPairs":true,"respondents":[{"participantId":"%s","role":"MENTEE"}]}
                                """.formatted(E1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("respondents"));
        mvc.perform(post("/api/monitoring/rounds").with(coordinator("rfp")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"programmeYear":2022,"schoolCode":"rfp-a","templateCode":"MENTEE_BEFORE","validityDays":14,"fromPairs":true}
                                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("fromPairs"))
                .andExpect(jsonPath("$.errors[0].reason").value("В реестре нет наставляемых этой школы в парах 2022 года"));
    }
}
