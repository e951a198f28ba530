package ru.mentoring.registry.bank;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.registry.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/** The banks of mentors and mentees: filters, free-text search, paging, and tenancy on every answer. */
@SpringBootTest
@AutoConfigureMockMvc
class BankSearchTest {

    static final String M = "bnk";

    private final MockMvc mvc;

    BankSearchTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    static String mentorA;
    static String mentorB;
    static String menteeA;
    static String studentA;
    static String parentA;

    @BeforeAll
    static void banks(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("bnk-a", "Гимназия № 2");
        data.school("bnk-b", "СОШ № 5");
        new TestData(mvc, "bnx").school("bnx-z");
        mentorA = data.teacher("bnk-a", "a-m", "Алгеброва", "математика, информатика", 22);
        mentorB = data.teacher("bnk-b", "b-m", "Физикова", "физика", 18);
        String mentorB2 = data.teacher("bnk-b", "b-m2", "Химикова", "химия", 25);
        menteeA = data.teacher("bnk-a", "a-y", "Начинаева", "математика", 1);
        studentA = data.student("bnk-a", "a-s", "Школьников", 8);
        parentA = data.person("bnk-a", "{\"externalKey\":\"a-p\",\"kind\":\"PARENT\",\"lastName\":\"Родителева\",\"firstName\":\"Ольга\"}");
        String elsewhere = new TestData(mvc, "bnx").teacher("bnx-z", "z-m", "Далёкова", "математика", 30);
        topic(mvc, mentorA, "математика", "Решение задач с параметрами");
        topic(mvc, mentorA, "информатика", "Алгоритмы на Python");
        topic(mvc, mentorB, "физика", "Лабораторный практикум");
        topic(mvc, mentorB2, "химия", "Подготовка к ОГЭ по химии");
        topic(mvc, elsewhere, "математика", "Геометрия");
        mvc.perform(post("/api/registry/participants/" + menteeA + "/mentee-requests").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"difficultyKind\":\"SUBJECT\",\"subject\":\"математика\",\"text\":\"задачи с параметрами в ЕГЭ\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.difficultyKindLabel").value("предметное"));
        mvc.perform(post("/api/registry/participants/" + studentA + "/mentee-requests").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"difficultyKind\":\"METHODICAL\",\"text\":\"не умеет планировать подготовку\"}"))
                .andExpect(status().isCreated());
        // Физикова mentors now: IN_PAIR in the bank of mentors
        data.consent(mentorB);
        String youngB = data.teacher("bnk-b", "b-y", "Молодцова", "физика", 2);
        data.consent(youngB);
        data.pair(mentorB, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", youngB);
    }

    static void topic(MockMvc mvc, String who, String subject, String topic) throws Exception {
        String m = who.equals(mentorA) || who.equals(mentorB) ? M : null;
        topic(mvc, who, subject, topic, m == null ? guess(mvc, who) : m);
    }

    static void topic(MockMvc mvc, String who, String subject, String topic, String municipality) throws Exception {
        mvc.perform(post("/api/registry/participants/" + who + "/mentor-topics").with(coordinator(municipality))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"%s\",\"topic\":\"%s\"}".formatted(subject, topic)))
                .andExpect(status().isCreated());
    }

    /** The coordinator's municipality of a person: ours, or the neighbour's for the one person there. */
    private static String guess(MockMvc mvc, String who) throws Exception {
        int s = mvc.perform(get("/api/registry/participants/" + who).with(coordinator(M))).andReturn().getResponse().getStatus();
        return s == 200 ? M : "bnx";
    }

    @Test
    void theCoordinatorFindsMentorsOfTheWholeMunicipalityBySubjectAndSeesTheirTopicsAndLoad() throws Exception {
        mvc.perform(get("/api/registry/bank/mentors?subject=Математика").with(coordinator(M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].lastName").value("Алгеброва"))
                .andExpect(jsonPath("$.items[0].schoolShortName").value("Гимназия № 2"))
                .andExpect(jsonPath("$.items[0].topics", hasSize(2)))
                .andExpect(jsonPath("$.items[0].status").value("FREE"))
                .andExpect(content().string(not(containsString("Далёкова"))));
        mvc.perform(get("/api/registry/bank/mentors").with(coordinator(M)))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].lastName", hasItem("Физикова")));
        mvc.perform(get("/api/registry/bank/mentors?status=IN_PAIR").with(coordinator(M)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].lastName").value("Физикова"))
                .andExpect(jsonPath("$.items[0].activePairs").value(1))
                .andExpect(jsonPath("$.items[0].statusLabel").value("в паре"));
        mvc.perform(get("/api/registry/bank/mentors?status=FREE&school=bnk-b").with(coordinator(M)))
                .andExpect(jsonPath("$.items[*].lastName", is(java.util.List.of("Химикова"))));
    }

    @Test
    void theNameSearchFindsTheBeginningsOfTheWordsOfTheNameInAnyOrder() throws Exception {
        mvc.perform(get("/api/registry/bank/mentors?q=АЛГЕБ").with(coordinator(M)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].lastName").value("Алгеброва"));
        mvc.perform(get("/api/registry/bank/mentors?q=анна алгеброва").with(coordinator(M)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/registry/bank/mentors?q=петр, анна").with(coordinator(M)))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/registry/bank/mentors?q=алгеброва ольга").with(coordinator(M)))
                .andExpect(jsonPath("$.total").value(0));
        // the middle of a word is not the beginning of one
        mvc.perform(get("/api/registry/bank/mentors?q=гебр").with(coordinator(M)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aNameSearchPagesInNameOrderLikeTheWholeBank() throws Exception {
        mvc.perform(get("/api/registry/bank/mentors?q=анна&size=2").with(coordinator(M)))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].lastName", is(java.util.List.of("Алгеброва", "Физикова"))));
        mvc.perform(get("/api/registry/bank/mentors?q=анна&size=2&page=1").with(coordinator(M)))
                .andExpect(jsonPath("$.items[*].lastName", is(java.util.List.of("Химикова"))))
                .andExpect(jsonPath("$.items[0].topics", hasSize(1)));
    }

    @Test
    void theNameSearchReadsЁAsЕAndTakesPunctuationAndQuerySyntaxForNothing() throws Exception {
        mvc.perform(get("/api/registry/bank/mentors?q=далекова").with(coordinator("bnx")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].lastName").value("Далёкова"));
        mvc.perform(get("/api/registry/bank/mentors?q=Далёк").with(coordinator("bnx")))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/registry/bank/mentors?q=%25").with(coordinator(M)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/registry/bank/mentors?q=_").with(coordinator(M)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/registry/bank/mentors?q=алгеброва:* | !физикова").with(coordinator(M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/registry/bank/mentors?q=(алгеброва)").with(coordinator(M)))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void theNameSearchKeepsOnlyTheWordsInLowerCaseWithYoAsYe() {
        assertThat(BankIndex.nameWords("  Смирнова,  ОЛЬГА ")).containsExactly("смирнова", "ольга");
        assertThat(BankIndex.nameWords("Фёдорова-Щедрина")).containsExactly("федорова", "щедрина");
        assertThat(BankIndex.nameWords("a:*|!b & 'c'")).containsExactly("a", "b", "c");
        assertThat(BankIndex.nameWords("%_ -")).isEmpty();
    }

    @Test
    void theBankOfMenteesFiltersByRoleYoungSpecialistAndSubjectOfTheRequest() throws Exception {
        mvc.perform(get("/api/registry/bank/mentees").with(coordinator(M)))
                .andExpect(jsonPath("$.items[*].lastName", hasItem("Начинаева")))
                .andExpect(jsonPath("$.items[*].lastName", hasItem("Школьников")))
                // paired mentees are in the bank too
                .andExpect(jsonPath("$.items[*].lastName", hasItem("Молодцова")));
        mvc.perform(get("/api/registry/bank/mentees?role=STUDENT").with(coordinator(M)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].grade").value(8))
                .andExpect(jsonPath("$.items[0].requests[0].difficultyKind").value("METHODICAL"));
        mvc.perform(get("/api/registry/bank/mentees?youngSpecialist=true&status=FREE").with(coordinator(M)))
                .andExpect(jsonPath("$.items[*].lastName", is(java.util.List.of("Начинаева"))));
        mvc.perform(get("/api/registry/bank/mentees?subject=математика").with(coordinator(M)))
                .andExpect(jsonPath("$.items[*].lastName", hasItem("Начинаева")))
                .andExpect(jsonPath("$.items[*].kind", everyItem(is("TEACHER"))));
    }

    @Test
    void pagesHaveATotal() throws Exception {
        mvc.perform(get("/api/registry/bank/mentors?size=1&page=1").with(coordinator(M)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].lastName").value("Физикова"));
    }

    @Test
    void aTotalIsReusedOnlyUntilTheNextChangeToTheBank() throws Exception {
        TestData data = new TestData(mvc, "bnc");
        data.school("bnc-a");
        String first = data.teacher("bnc-a", "c-1", "Первова", "история", 20);
        topic(mvc, first, "история", "Работа с источниками", "bnc");
        for (int i = 0; i < 2; i++) { // the second answer comes from the kept total
            mvc.perform(get("/api/registry/bank/mentors?status=FREE").with(coordinator("bnc"))).andExpect(jsonPath("$.total").value(1));
        }
        String second = data.teacher("bnc-a", "c-2", "Вторая", "история", 15);
        topic(mvc, second, "история", "Проектная деятельность", "bnc");
        mvc.perform(get("/api/registry/bank/mentors?status=FREE").with(coordinator("bnc"))).andExpect(jsonPath("$.total").value(2));
        // a pair changes who is free, though no person changed
        String young = data.teacher("bnc-a", "c-3", "Новенькая", "история", 1);
        data.consent(first);
        data.consent(young);
        data.pair(first, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", young);
        mvc.perform(get("/api/registry/bank/mentors?status=FREE").with(coordinator("bnc"))).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/registry/bank/mentors?status=FREE").with(coordinator(M))).andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void aSchoolAdminSearchesOnlyTheirSchoolAndNothingOfTheOtherSchoolAppears() throws Exception {
        mvc.perform(get("/api/registry/bank/mentors").with(schoolAdmin("bnk-a", M)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].lastName").value("Алгеброва"))
                .andExpect(content().string(not(containsString("Физикова"))))
                .andExpect(content().string(not(containsString("Химикова"))));
        mvc.perform(get("/api/registry/bank/mentors?q=физ").with(schoolAdmin("bnk-a", M)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/registry/bank/mentors?school=bnk-b").with(schoolAdmin("bnk-a", M)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Физикова"))));
        mvc.perform(get("/api/registry/bank/mentees").with(schoolAdmin("bnk-b", M)))
                .andExpect(content().string(not(containsString("Начинаева"))));
    }

    @Test
    void aDepartmentViewerAndAnotherMunicipalityGetNoNames() throws Exception {
        mvc.perform(get("/api/registry/bank/mentors").with(departmentViewer(M))).andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/bank/mentees").with(departmentViewer(M))).andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/bank/mentors").with(coordinator("bnx")))
                .andExpect(jsonPath("$.items[*].lastName", is(java.util.List.of("Далёкова"))));
        mvc.perform(get("/api/registry/bank/mentors?school=bnk-a").with(coordinator("bnx")))
                .andExpect(status().isNotFound());
    }

    @Test
    void badTopicsAndRequestsAreRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/registry/participants/" + menteeA + "/mentee-requests").with(schoolAdmin("bnk-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"difficultyKind\":\"SUBJECT\",\"text\":\"нет предмета\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("subject"));
        mvc.perform(post("/api/registry/participants/" + menteeA + "/mentee-requests").with(schoolAdmin("bnk-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"difficultyKind\":\"OTHER\",\"text\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("difficultyKind"));
        mvc.perform(post("/api/registry/participants/" + mentorA + "/mentor-topics").with(schoolAdmin("bnk-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"математика\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("topic"))
                .andExpect(jsonPath("$.errors[0].reason").value("Укажите тему"));
        mvc.perform(post("/api/registry/participants/" + parentA + "/mentee-requests").with(schoolAdmin("bnk-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"difficultyKind\":\"METHODICAL\",\"text\":\"x\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/registry/participants/" + mentorB + "/mentor-topics").with(schoolAdmin("bnk-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"физика\",\"topic\":\"оптика\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void topicsAreRemovedAndRequestsClosedByTheSchool() throws Exception {
        // a school of its own: the person stays in the bank of mentors, which other tests count
        TestData other = new TestData(mvc, "bnt");
        other.school("bnt-a");
        String person = other.teacher("bnt-a", "a-t", "Темова", "история", 12);
        String body = mvc.perform(post("/api/registry/participants/" + person + "/mentor-topics").with(schoolAdmin("bnt-a", "bnt"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"история\",\"topic\":\"Смутное время\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String topic = com.jayway.jsonpath.JsonPath.read(body, "$.id");
        mvc.perform(delete("/api/registry/participants/" + person + "/mentor-topics/" + topic).with(schoolAdmin("bnt-a", "bnt")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/registry/participants/" + person + "/mentor-topics").with(schoolAdmin("bnt-a", "bnt")))
                .andExpect(jsonPath("$", hasSize(0)));
        String request = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/registry/participants/" + menteeA + "/mentee-requests")
                .with(schoolAdmin("bnk-a", M))).andReturn().getResponse().getContentAsString(), "$[0].id");
        mvc.perform(get("/api/registry/bank/mentee-requests/" + request).with(schoolAdmin("bnk-b", M)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/registry/participants/" + menteeA + "/mentee-requests/" + request + "/close").with(schoolAdmin("bnk-a", M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        // reopening the bank entry of the request for the other tests is not needed: closed requests stay listed
        mvc.perform(get("/api/registry/bank/mentee-requests/" + request).with(coordinator(M)))
                .andExpect(jsonPath("$.statusLabel").value("закрыт"));
    }
}
