package ru.mentoring.registry.pair;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.registry.TestData;

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

/**
 * A mentor of an effective school (A) with a teacher of a low-result school (B), formed by the
 * coordinator. Both schools see the pair and their own person in full; of the other school's
 * person only the name and the school's short name; a third school sees nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossSchoolPairTest {

    static final String M = "xsp";

    private final MockMvc mvc;

    CrossSchoolPairTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    static String mentorOfA;
    static String menteeOfB;
    static String unrelatedOfB;
    static String pair;

    @BeforeAll
    static void pairAcrossSchools(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("xsp-a", "Лицей № 1");
        data.school("xsp-b", "СОШ № 9");
        data.school("xsp-c", "СОШ № 12");
        mentorOfA = data.person("xsp-a", """
                {"externalKey":"A-77","kind":"TEACHER","lastName":"Эффективная","firstName":"Нина","middleName":"Львовна",
                 "subjects":"математика","experienceYears":28,"qualificationCategory":"высшая"}""");
        menteeOfB = data.person("xsp-b", """
                {"externalKey":"B-13","kind":"TEACHER","lastName":"Начинающий","firstName":"Пётр","middleName":"Ильич",
                 "subjects":"математика","experienceYears":1,"qualificationCategory":"без категории"}""");
        unrelatedOfB = data.teacher("xsp-b", "B-14", "Посторонняя", "история", 15);
        data.consent(mentorOfA);
        data.consent(menteeOfB);
        pair = data.pair(mentorOfA, "TEACHER_TEACHER", "EXPERIENCED_SUBJECT_TEACHER_INEXPERIENCED", "TRADITIONAL", menteeOfB);
    }

    @Test
    @Order(1)
    void theMentorsSchoolSeesTheMenteeAsNameAndSchoolOnly() throws Exception {
        mvc.perform(get("/api/registry/pairs/" + pair).with(schoolAdmin("xsp-a", M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.crossSchool").value(true))
                .andExpect(jsonPath("$.mentor.participantId").value(mentorOfA))
                .andExpect(jsonPath("$.mentor.schoolCode").value("xsp-a"))
                .andExpect(jsonPath("$.mentees[0].lastName").value("Начинающий"))
                .andExpect(jsonPath("$.mentees[0].schoolShortName").value("СОШ № 9"))
                .andExpect(jsonPath("$.mentees[0].participantId").doesNotExist())
                .andExpect(jsonPath("$.mentees[0].schoolCode").doesNotExist())
                .andExpect(jsonPath("$.mentees[0].kind").doesNotExist())
                .andExpect(content().string(not(containsString("B-13"))))
                .andExpect(content().string(not(containsString("без категории"))));
        mvc.perform(get("/api/registry/pairs").with(schoolAdmin("xsp-a", M)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].mentees[0].participantId").doesNotExist());
        // and the pair does not open the door to the other school's people
        mvc.perform(get("/api/registry/participants/" + menteeOfB).with(schoolAdmin("xsp-a", M)))
                .andExpect(status().isNotFound());
    }

    @Test
    @Order(2)
    void theMenteesSchoolSeesTheMentorAsNameAndSchoolOnly() throws Exception {
        mvc.perform(get("/api/registry/pairs?schoolCode=xsp-b").with(schoolAdmin("xsp-b", M)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].mentor.lastName").value("Эффективная"))
                .andExpect(jsonPath("$.items[0].mentor.schoolShortName").value("Лицей № 1"))
                .andExpect(jsonPath("$.items[0].mentor.participantId").doesNotExist())
                .andExpect(jsonPath("$.items[0].mentees[0].participantId").value(menteeOfB))
                .andExpect(content().string(not(containsString("A-77"))));
    }

    @Test
    @Order(3)
    void aThirdSchoolDoesNotSeeThePairAtAll() throws Exception {
        mvc.perform(get("/api/registry/pairs/" + pair).with(schoolAdmin("xsp-c", M)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Эффективная"))));
        mvc.perform(get("/api/registry/pairs").with(schoolAdmin("xsp-c", M)))
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/registry/pairs?schoolCode=xsp-a").with(schoolAdmin("xsp-c", M)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/pairs/" + pair + "/history").with(schoolAdmin("xsp-c", M)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/pairs/" + pair).with(coordinator("another-district")))
                .andExpect(status().isNotFound());
    }

    @Test
    @Order(4)
    void onlyTheCoordinatorMovesACrossSchoolPairThroughItsStages() throws Exception {
        mvc.perform(post("/api/registry/pairs/" + pair + "/status").with(schoolAdmin("xsp-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DESIGN\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Межшкольной парой управляет муниципальный координатор"));
        mvc.perform(post("/api/registry/pairs/" + pair + "/status").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DESIGN\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusLabel").value("проектировочный"));
    }

    @Test
    @Order(5)
    void theDepartmentCountsMentorsMenteesAndActivePairsByFormWithoutNames() throws Exception {
        // the exact counts are the coordinator's; the department viewer gets counts of 1–4 hidden
        mvc.perform(get("/api/registry/statistics/schools").with(departmentViewer(M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.schoolCode == 'xsp-a')].mentors").value(contains(nullValue())))
                .andExpect(jsonPath("$[?(@.schoolCode == 'xsp-a')].mentees").value(0))
                .andExpect(jsonPath("$[?(@.schoolCode == 'xsp-b')].activePairs").value(contains(nullValue())))
                .andExpect(content().string(not(containsString("Эффективная"))))
                .andExpect(content().string(not(containsString("Начинающий"))));
        mvc.perform(get("/api/registry/statistics/schools").with(coordinator(M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.schoolCode == 'xsp-a')].mentors").value(1))
                .andExpect(jsonPath("$[?(@.schoolCode == 'xsp-a')].mentees").value(0))
                .andExpect(jsonPath("$[?(@.schoolCode == 'xsp-b')].mentees").value(1))
                .andExpect(jsonPath("$[?(@.schoolCode == 'xsp-b')].activePairs").value(1))
                .andExpect(jsonPath("$[?(@.schoolCode == 'xsp-b')].activePairsByForm.TEACHER_TEACHER").value(1))
                .andExpect(jsonPath("$[?(@.schoolCode == 'xsp-c')].activePairs").value(0))
                .andExpect(jsonPath("$[?(@.schoolCode == 'xsp-b')].participants.TEACHER").value(2))
                .andExpect(content().string(not(containsString("Эффективная"))))
                .andExpect(content().string(not(containsString("Начинающий"))));
    }

    @Test
    @Order(6)
    void theMenteesSchoolRecordsTheReplacementRequestAndTheCoordinatorApprovesIt() throws Exception {
        // the mentor's school cannot record a request of the other school's mentee
        mvc.perform(post("/api/registry/pairs/" + pair + "/requests").with(schoolAdmin("xsp-a", M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"MENTOR_REPLACEMENT\",\"participantId\":\"%s\",\"requestedOn\":\"%s\",\"reason\":\"не сложилось общение\"}"
                                .formatted(menteeOfB, TestData.today())))
                .andExpect(status().isForbidden());
        String body = mvc.perform(post("/api/registry/pairs/" + pair + "/requests").with(schoolAdmin("xsp-b", M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"MENTOR_REPLACEMENT\",\"participantId\":\"%s\",\"requestedOn\":\"%s\",\"reason\":\"не сложилось общение\"}"
                                .formatted(menteeOfB, TestData.today())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.statusLabel").value("на рассмотрении"))
                .andReturn().getResponse().getContentAsString();
        String request = JsonPath.read(body, "$.id");
        // the mentor's school sees that there is a request, not its reason
        mvc.perform(get("/api/registry/pairs/" + pair + "/requests").with(schoolAdmin("xsp-a", M)))
                .andExpect(jsonPath("$[0].kind").value("MENTOR_REPLACEMENT"))
                .andExpect(jsonPath("$[0].reason").doesNotExist())
                .andExpect(content().string(not(containsString("не сложилось"))));
        // a school administrator does not decide on a cross-school pair
        mvc.perform(post("/api/registry/pairs/" + pair + "/requests/" + request + "/decision").with(schoolAdmin("xsp-b", M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/registry/pairs/" + pair + "/requests/" + request + "/decision").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true,\"note\":\"подобрать другого наставника\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value("coordinator-xsp"));
        mvc.perform(get("/api/registry/pairs/" + pair).with(schoolAdmin("xsp-b", M)))
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.terminationReason").value("MENTOR_REPLACED_AT_MENTEE_REQUEST"))
                .andExpect(jsonPath("$.terminationReasonLabel").value("замена наставника по запросу наставляемого"));
        mvc.perform(get("/api/registry/pairs/" + pair + "/history").with(coordinator(M)))
                .andExpect(jsonPath("$[?(@.action == 'REQUEST_APPROVED')].actor").value("coordinator-xsp"))
                .andExpect(jsonPath("$[?(@.action == 'TERMINATED')].toStatus").value("TERMINATED"));
        // the mentee is free again for a pair of the same form
        mvc.perform(get("/api/registry/statistics/schools").with(departmentViewer(M)))
                .andExpect(jsonPath("$[?(@.schoolCode == 'xsp-b')].activePairs").value(0));
    }
}
