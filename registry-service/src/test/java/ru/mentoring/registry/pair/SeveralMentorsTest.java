package ru.mentoring.registry.pair;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.registry.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Seed 001: «за наставляемым может быть закреплено несколько наставников» — a subject mentor and a methodical one, one
 * of them leading; the matching looks for a second mentor beside the first, never the same one again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SeveralMentorsTest {

    static final String M = "smt";
    static final String TT = "TEACHER_TEACHER";
    static final String YOUNG = "EXPERIENCED_TEACHER_YOUNG_SPECIALIST";

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    SeveralMentorsTest(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    static String subjectMentor;
    static String methodicalMentor;
    static String third;
    static String mentee;
    static String firstPair;
    static String secondPair;

    @BeforeAll
    static void aMenteeWithTwoMentors(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("smt-a");
        data.school("smt-b");
        subjectMentor = data.teacher("smt-a", "m-1", "Предметникова", "математика", 20);
        methodicalMentor = data.teacher("smt-a", "m-2", "Методистова", "математика", 25);
        third = data.teacher("smt-a", "m-3", "Третьякова", "математика", 15);
        mentee = data.teacher("smt-a", "n-1", "Новикова", "математика", 1);
        for (String p : new String[] {subjectMentor, methodicalMentor, third, mentee}) {
            data.consent(p);
        }
        firstPair = data.pair(subjectMentor, TT, YOUNG, "TRADITIONAL", mentee);
        secondPair = data.pair(methodicalMentor, TT, "INNOVATOR_CONSERVATIVE_TEACHER", "TRADITIONAL", mentee);
        mvc.perform(post("/api/registry/participants/" + third + "/mentor-topics").with(coordinator(M))
                .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"математика\",\"topic\":\"Методика урока\"}"))
                .andExpect(status().isCreated());
    }

    private Boolean leads(String pair) throws Exception {
        String body = mvc.perform(get("/api/registry/pairs/" + pair).with(coordinator(M))).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.mentees[0].leadMentor");
    }

    @Test
    void theFirstMentorLeadsAndTheCuratorHandsTheLeadToTheOther() throws Exception {
        assertThat(leads(firstPair)).isTrue();
        assertThat(leads(secondPair)).isFalse();
        mvc.perform(post("/api/registry/pairs/" + secondPair + "/lead-mentor").with(schoolAdmin("smt-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"menteeId\":\"" + mentee + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentees[0].leadMentor").value(true));
        assertThat(leads(firstPair)).isFalse();
        mvc.perform(get("/api/registry/pairs/" + secondPair + "/history").with(coordinator(M)))
                .andExpect(jsonPath("$[*].action").value(hasItem("LEAD_MENTOR_SET")));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'PAIR_LEAD_MENTOR_SET'")
                .param(secondPair).query(Long.class).single()).isEqualTo(1);
        // back to the subject mentor, by the coordinator
        mvc.perform(post("/api/registry/pairs/" + firstPair + "/lead-mentor").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"menteeId\":\"" + mentee + "\"}"))
                .andExpect(status().isOk());
        assertThat(leads(firstPair)).isTrue();
        assertThat(leads(secondPair)).isFalse();
    }

    @Test
    void aListPageSaysAMenteeHasSeveralMentorsEvenWhenTheirOtherPairIsOnAnotherPage() throws Exception {
        // one pair per page: each page shows one of the mentee's two pairs, and still says there are several
        for (int page = 0; page < 2; page++) {
            mvc.perform(get("/api/registry/pairs").param("participantId", mentee).param("size", "1").param("page", String.valueOf(page))
                            .with(schoolAdmin("smt-a", M)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items.length()").value(1))
                    .andExpect(jsonPath("$.items[0].mentees[0].severalMentors").value(true));
        }
        // the mentor is not a mentee: nothing is said of them
        mvc.perform(get("/api/registry/pairs/" + firstPair).with(coordinator(M)))
                .andExpect(jsonPath("$.mentees[0].severalMentors").value(true))
                .andExpect(jsonPath("$.mentor.severalMentors").doesNotExist());
    }

    @Test
    void aMenteeWithOneMentorIsNotSaidToHaveSeveral() throws Exception {
        TestData data = new TestData(mvc, M);
        String mentor = data.teacher("smt-b", "o-1", "Одинокова", "физика", 20);
        String only = data.teacher("smt-b", "o-2", "Единственная", "физика", 1);
        data.consent(mentor);
        data.consent(only);
        String pair = data.pair(mentor, TT, YOUNG, "TRADITIONAL", only);
        mvc.perform(get("/api/registry/pairs/" + pair).with(schoolAdmin("smt-b", M)))
                .andExpect(jsonPath("$.mentees[0].leadMentor").value(true))
                .andExpect(jsonPath("$.mentees[0].severalMentors").value(false));
    }

    @Test
    void theLeadIsChosenOnlyForAMenteeOfThePairAndOnlyWithinReach() throws Exception {
        mvc.perform(post("/api/registry/pairs/" + firstPair + "/lead-mentor").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"menteeId\":\"" + third + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("menteeId"));
        mvc.perform(post("/api/registry/pairs/" + firstPair + "/lead-mentor").with(schoolAdmin("smt-b", M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"menteeId\":\"" + mentee + "\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theMatchingLooksForAnotherMentorBesideTheCurrentOnesAndTheirLoadCountsBoth() throws Exception {
        String body = mvc.perform(post("/api/registry/participants/" + mentee + "/mentee-requests").with(schoolAdmin("smt-a", M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"difficultyKind\":\"METHODICAL\",\"subject\":\"математика\",\"text\":\"методика урока\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String request = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/registry/bank/mentee-requests/" + request + "/suggested-mentors").with(coordinator(M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions[*].mentor.id").value(hasItem(third)))
                .andExpect(jsonPath("$.suggestions[*].mentor.id").value(not(hasItem(subjectMentor))))
                .andExpect(jsonPath("$.suggestions[*].mentor.id").value(not(hasItem(methodicalMentor))));
        // the bank counts the mentee's two active pairs
        mvc.perform(get("/api/registry/bank/mentees").param("q", "Новикова").with(coordinator(M)))
                .andExpect(jsonPath("$.items[?(@.id == '" + mentee + "')].activePairs").value(hasItem(2)));
    }
}
