package ru.mentoring.registry.own;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.platform.security.Role;
import ru.mentoring.registry.TestData;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.ownAccount;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;
import ru.mentoring.platform.time.DistrictTime;

/**
 * A mentor and a mentee in their own accounts, against the registry with row-level security: their
 * own pair and no other; the role their token holds must be their place in the pair; what they
 * write reaches the school; nothing school-wide opens.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OwnPairsTest {

    static final String M = "own";

    private final MockMvc mvc;

    OwnPairsTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    static UUID mentor;
    static UUID mentee;
    static String pair;
    static String otherPair;
    static UUID neighbourMentee;
    static String neighbourPair;

    @BeforeAll
    static void pairs(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("own-a", "СОШ № 40");
        mentor = UUID.fromString(data.teacher("own-a", "OWN-1", "Кабинетова", "физика", 25));
        mentee = UUID.fromString(data.teacher("own-a", "OWN-2", "Личная", "физика", 1));
        String otherMentor = data.teacher("own-a", "OWN-3", "Соседова", "химия", 20);
        String otherMentee = data.teacher("own-a", "OWN-4", "Чужая", "химия", 2);
        for (String p : new String[] {mentor.toString(), mentee.toString(), otherMentor, otherMentee}) {
            data.consent(p);
        }
        pair = data.pair(mentor.toString(), "TEACHER_TEACHER", "EXPERIENCED_SUBJECT_TEACHER_INEXPERIENCED", "TRADITIONAL",
                mentee.toString());
        otherPair = data.pair(otherMentor, "TEACHER_TEACHER", "EXPERIENCED_SUBJECT_TEACHER_INEXPERIENCED", "TRADITIONAL", otherMentee);
        data.school("own-b", "СОШ № 41");
        String neighbourMentor = data.teacher("own-b", "OWN-5", "Соседняя", "история", 22);
        neighbourMentee = UUID.fromString(data.teacher("own-b", "OWN-6", "Новенькая", "история", 1));
        data.consent(neighbourMentor);
        data.consent(neighbourMentee.toString());
        neighbourPair = data.pair(neighbourMentor, "TEACHER_TEACHER", "EXPERIENCED_SUBJECT_TEACHER_INEXPERIENCED", "TRADITIONAL",
                neighbourMentee.toString());
        mvc.perform(put("/api/registry/pairs/" + pair + "/programme").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"goals":["Адаптация"],"events":[{"date":"%s","event":"Открытый урок","done":false}]}
                        """.formatted(DistrictTime.today()))).andExpect(status().isOk());
    }

    @Test
    void eachSeesTheirOwnPairWithNamesAndNoOther() throws Exception {
        mvc.perform(get("/api/registry/me/pairs").with(ownAccount(Role.MENTEE, mentee, "own-a", M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].yourRole").value("MENTEE"))
                .andExpect(jsonPath("$[0].pair.mentor.lastName").value("Кабинетова"))
                .andExpect(content().string(not(containsString("OWN-1"))))
                .andExpect(content().string(not(containsString(mentor.toString()))));
        mvc.perform(get("/api/registry/me/pairs/" + otherPair).with(ownAccount(Role.MENTOR, mentor, "own-a", M)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/me/pairs/" + otherPair + "/programme").with(ownAccount(Role.MENTEE, mentee, "own-a", M)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRoleInTheTokenMustBeThePlaceInThePair() throws Exception {
        // the mentor's record with a mentee's role: not their pair in that role
        mvc.perform(get("/api/registry/me/pairs/" + pair).with(ownAccount(Role.MENTEE, mentor, "own-a", M)))
                .andExpect(status().isNotFound());
    }

    @Test
    void nothingSchoolWideOpensForThem() throws Exception {
        mvc.perform(get("/api/registry/pairs").with(ownAccount(Role.MENTOR, mentor, "own-a", M))).andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/schools/own-a/participants").with(ownAccount(Role.MENTOR, mentor, "own-a", M)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/me/pairs").with(schoolAdmin("own-a", M))).andExpect(status().isForbidden());
    }

    @Test
    void theMentorMarksDoneAndReportsTheMenteeProposesAndTheSchoolReadsBoth() throws Exception {
        String programme = mvc.perform(get("/api/registry/me/pairs/" + pair + "/programme").with(ownAccount(Role.MENTOR, mentor, "own-a", M)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String event = JsonPath.read(programme, "$.events[0].id");
        String done = "/api/registry/me/pairs/" + pair + "/programme/events/" + event + "/done";
        mvc.perform(post(done).with(ownAccount(Role.MENTEE, mentee, "own-a", M)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"done\":true}")).andExpect(status().isForbidden());
        mvc.perform(post(done).with(ownAccount(Role.MENTOR, mentor, "own-a", M)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"done\":true}")).andExpect(status().isOk()).andExpect(jsonPath("$.doneCount").value(1));

        mvc.perform(post("/api/registry/me/pairs/" + pair + "/reports").with(ownAccount(Role.MENTOR, mentor, "own-a", M))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Первый отчёт\"}")).andExpect(status().isCreated());
        mvc.perform(post("/api/registry/me/pairs/" + pair + "/reports").with(ownAccount(Role.MENTOR, mentor, "own-a", M))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Отчёт за этап\"}")).andExpect(status().isCreated());
        mvc.perform(post("/api/registry/me/pairs/" + pair + "/proposals").with(ownAccount(Role.MENTEE, mentee, "own-a", M))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Больше практики\"}")).andExpect(status().isCreated());
        mvc.perform(post("/api/registry/me/pairs/" + pair + "/proposals").with(ownAccount(Role.MENTEE, mentee, "own-a", M))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\" \"}")).andExpect(status().isBadRequest());

        // one report per stage: the second replaced the first
        mvc.perform(get("/api/registry/pairs/" + pair + "/reports").with(schoolAdmin("own-a", M)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].text").value("Отчёт за этап"));
        mvc.perform(get("/api/registry/pairs/" + pair + "/proposals").with(schoolAdmin("own-a", M)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Больше практики")));
        mvc.perform(get("/api/registry/pairs/" + pair + "/programme").with(schoolAdmin("own-a", M)))
                .andExpect(jsonPath("$.doneCount").value(1));
    }

    @Test
    void theMenteesRequestIsForAnotherMentorAndWaitsForTheSchool() throws Exception {
        mvc.perform(post("/api/registry/me/pairs/" + pair + "/requests").with(ownAccount(Role.MENTEE, mentee, "own-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Разные смены\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("MENTOR_REPLACEMENT"))
                .andExpect(jsonPath("$.status").value("PENDING"));
        mvc.perform(get("/api/registry/pairs/" + pair + "/requests").with(schoolAdmin("own-a", M)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Разные смены")));
        mvc.perform(post("/api/registry/me/pairs/" + pair + "/requests").with(ownAccount(Role.MENTEE, mentee, "own-a", M))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Ещё раз\"}")).andExpect(status().isConflict());
    }

    @Test
    void theCuratorDecidesAProposalAndTheMenteeReadsTheDecision() throws Exception {
        String proposal = propose(pair, mentee, "own-a", "Добавить посещение уроков наставника");
        String decision = "/api/registry/pairs/" + pair + "/proposals/" + proposal + "/decision";

        // neither member decides, not even through the school's path
        mvc.perform(post(decision).with(ownAccount(Role.MENTEE, mentee, "own-a", M)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"accept\":true}")).andExpect(status().isForbidden());
        mvc.perform(post(decision).with(ownAccount(Role.MENTOR, mentor, "own-a", M)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"accept\":true}")).andExpect(status().isForbidden());
        // a decision must say which
        mvc.perform(post(decision).with(schoolAdmin("own-a", M)).contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"?\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("accept"));

        mvc.perform(post(decision).with(schoolAdmin("own-a", M)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accept\":false,\"note\":\" Уже есть в плане на декабрь \"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"))
                .andExpect(jsonPath("$.statusLabel").value("отклонено"))
                .andExpect(jsonPath("$.decisionNote").value("Уже есть в плане на декабрь"));
        mvc.perform(post(decision).with(schoolAdmin("own-a", M)).contentType(MediaType.APPLICATION_JSON).content("{\"accept\":true}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("accept"));

        String own = mvc.perform(get("/api/registry/me/pairs/" + pair + "/proposals").with(ownAccount(Role.MENTEE, mentee, "own-a", M)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> statuses = JsonPath.read(own, "$[?(@.id == '" + proposal + "')].status");
        List<String> notes = JsonPath.read(own, "$[?(@.id == '" + proposal + "')].decisionNote");
        assertEquals(List.of("DECLINED"), statuses);
        assertEquals(List.of("Уже есть в плане на декабрь"), notes);
    }

    @Test
    void anotherSchoolsProposalIsNotFoundAndTheCoordinatorDecidesAnyOfTheirs() throws Exception {
        String neighbours = propose(neighbourPair, neighbourMentee, "own-b", "Больше уроков истории края");
        String ours = propose(pair, mentee, "own-a", "Разобрать ВПР");

        // the other school's pair, and our pair with the other school's proposal: both not found
        mvc.perform(post("/api/registry/pairs/" + neighbourPair + "/proposals/" + neighbours + "/decision").with(schoolAdmin("own-a", M))
                .contentType(MediaType.APPLICATION_JSON).content("{\"accept\":true}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/registry/pairs/" + pair + "/proposals/" + neighbours + "/decision").with(schoolAdmin("own-a", M))
                .contentType(MediaType.APPLICATION_JSON).content("{\"accept\":true}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/registry/pairs/" + neighbourPair + "/proposals/" + ours + "/decision").with(schoolAdmin("own-b", M))
                .contentType(MediaType.APPLICATION_JSON).content("{\"accept\":true}")).andExpect(status().isNotFound());
        // another municipality's coordinator
        mvc.perform(post("/api/registry/pairs/" + pair + "/proposals/" + ours + "/decision").with(coordinator("own-elsewhere"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"accept\":true}")).andExpect(status().isNotFound());

        mvc.perform(post("/api/registry/pairs/" + neighbourPair + "/proposals/" + neighbours + "/decision").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accept\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.decisionNote").doesNotExist());
        mvc.perform(get("/api/registry/pairs/" + pair + "/proposals").with(schoolAdmin("own-a", M)))
                .andExpect(content().string(not(containsString("Больше уроков истории края"))));
    }

    private String propose(String pairId, UUID who, String school, String text) throws Exception {
        String body = mvc.perform(post("/api/registry/me/pairs/" + pairId + "/proposals").with(ownAccount(Role.MENTEE, who, school, M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"" + text + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
