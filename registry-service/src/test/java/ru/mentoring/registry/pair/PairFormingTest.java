package ru.mentoring.registry.pair;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.micrometer.core.instrument.MeterRegistry;

import ru.mentoring.platform.test.Contracts;
import ru.mentoring.registry.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;
import static ru.mentoring.registry.TestData.pairJson;

/** Forming pairs and groups: every rule of docs/domain.md §2 refuses with the field named, and stores nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class PairFormingTest {

    static final String M = "pfm";
    static final String TT = "TEACHER_TEACHER";
    static final String YOUNG = "EXPERIENCED_TEACHER_YOUNG_SPECIALIST";

    private final MockMvc mvc;

    private final JdbcClient jdbc;

    private final MeterRegistry meters;

    PairFormingTest(MockMvc mvc, JdbcClient jdbc, MeterRegistry meters) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    static TestData data;
    static String mentor;
    static String mentor2;
    static String young;
    static String young2;
    static String young3;
    static String noConsent;
    static String student;
    static String student2;
    static String teacherOfB;
    static String teacherElsewhere;

    @BeforeAll
    static void people(@Autowired MockMvc mvc) throws Exception {
        data = new TestData(mvc, M);
        data.school("pfm-a");
        data.school("pfm-b", "Школа Б");
        new TestData(mvc, "pfx").school("pfx-z");
        mentor = data.teacher("pfm-a", "m-1", "Наставникова", "математика", 25);
        mentor2 = data.teacher("pfm-a", "m-2", "Опытнова", "математика", 30);
        young = data.teacher("pfm-a", "y-1", "Молодова", "математика", 1);
        young2 = data.teacher("pfm-a", "y-2", "Новикова", "математика", 2);
        young3 = data.teacher("pfm-a", "y-3", "Свежева", "математика", 0);
        noConsent = data.teacher("pfm-a", "y-4", "Несогласова", "математика", 1);
        student = data.student("pfm-a", "s-1", "Учеников", 6);
        student2 = data.student("pfm-a", "s-2", "Отличников", 9);
        teacherOfB = data.teacher("pfm-b", "b-1", "Бэшкина", "физика", 1);
        teacherElsewhere = new TestData(mvc, "pfx").teacher("pfx-z", "z-1", "Чужеземцева", "физика", 1);
        for (String p : new String[] {mentor, mentor2, young, young2, young3, teacherOfB}) {
            data.consent(p);
        }
        data.consent(student, true);
        data.consent(student2, true);
        new TestData(mvc, "pfx").consent(teacherElsewhere);
    }

    private long pairsOf(String participant) {
        return jdbc.sql("select count(*) from pair_member where participant_id = ?").param(UUID.fromString(participant))
                .query(Long.class).single();
    }

    @Test
    void aSchoolAdminFormsAnInSchoolPairThatStartsAtThePreparatoryStage() throws Exception {
        double before = meters.find("registry.pairs.created").counters().stream().mapToDouble(c -> c.count()).sum();
        String body = mvc.perform(post("/api/registry/pairs").with(schoolAdmin("pfm-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content(pairJson(mentor, TT, YOUNG, "TRADITIONAL", young)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PREPARATORY"))
                .andExpect(jsonPath("$.statusLabel").value("подготовительный"))
                .andExpect(jsonPath("$.formLabel").value("педагог – педагог"))
                .andExpect(jsonPath("$.interactionModelLabel").value("опытный педагог – молодой специалист"))
                .andExpect(jsonPath("$.kindLabel").value("традиционное «один на один»"))
                .andExpect(jsonPath("$.crossSchool").value(false))
                .andExpect(jsonPath("$.mentor.lastName").value("Наставникова"))
                .andExpect(jsonPath("$.mentees[0].lastName").value("Молодова"))
                .andExpect(jsonPath("$.createdBy").value("admin-pfm-a"))
                .andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(body, "$.id");
        mvc.perform(get("/api/registry/pairs/" + id + "/history").with(schoolAdmin("pfm-a", M)))
                .andExpect(jsonPath("$[0].action").value("CREATED"))
                .andExpect(jsonPath("$[0].actor").value("admin-pfm-a"))
                .andExpect(jsonPath("$[0].details", containsString("приказ № 45-о")));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'PAIR' and entity_id = ? and action = 'PAIR_CREATED'")
                .param(id).query(Long.class).single()).isEqualTo(1);
        double after = meters.find("registry.pairs.created").counters().stream().mapToDouble(c -> c.count()).sum();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void aPairWithoutTheMenteesConsentIsRefusedAndNothingIsStored() throws Exception {
        mvc.perform(post("/api/registry/pairs").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content(pairJson(mentor2, TT, YOUNG, "TRADITIONAL", noConsent)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("menteeIds[0]"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("Нет действующего согласия наставляемого Несогласова")));
        assertThat(pairsOf(noConsent)).isZero();
    }

    @Test
    void aPairWithoutTheMentorsConsentIsRefused() throws Exception {
        String mentorWithout = data.teacher("pfm-a", "m-3", "Безбумажная", "русский язык", 20);
        mvc.perform(post("/api/registry/pairs").with(schoolAdmin("pfm-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content(pairJson(mentorWithout, TT, YOUNG, "TRADITIONAL", young3)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("mentorId"));
        assertThat(pairsOf(mentorWithout)).isZero();
    }

    @Test
    void aModelThatIsNotOfTheFormIsRefusedNamingTheModelsOfTheForm() throws Exception {
        mvc.perform(post("/api/registry/pairs").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(mentor2, TT, "ACHIEVER_UNDERACHIEVER", "TRADITIONAL", young3)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("interactionModel"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("«успевающий – неуспевающий» не относится к форме «педагог – педагог»")))
                .andExpect(jsonPath("$.errors[0].reason", containsString("«опытный педагог – молодой специалист»")));
        assertThat(pairsOf(young3)).isZero();
    }

    @Test
    void aMenteeMayHaveAnotherMentorOfTheSameFormButNotTheSameMentorTwiceAndMayJoinAnotherForm() throws Exception {
        data.pair(mentor2, "TEACHER_STUDENT", "TEACHER_GIFTED_STUDENT", "TRADITIONAL", student);
        mvc.perform(post("/api/registry/pairs").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(mentor2, "TEACHER_STUDENT", "TEACHER_UNDERACHIEVING_STUDENT", "TRADITIONAL", student)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("menteeIds[0]"))
                .andExpect(jsonPath("$.errors[0].reason")
                        .value("Учеников И. уже наставляемый этого наставника в активной паре формы «учитель – ученик»"));
        // seed 001: «за наставляемым может быть закреплено несколько наставников»; the first one leads
        mvc.perform(post("/api/registry/pairs").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(mentor, "TEACHER_STUDENT", "TEACHER_UNDERACHIEVING_STUDENT", "TRADITIONAL", student)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mentees[0].leadMentor").value(false));
        // another form is another programme: «ученик – ученик» with an older student as mentor
        mvc.perform(post("/api/registry/pairs").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(student2, "STUDENT_STUDENT", "ACHIEVER_UNDERACHIEVER", "TRADITIONAL", student)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mentees[0].leadMentor").value(true));
        assertThat(pairsOf(student)).isEqualTo(3);
    }

    @Test
    void datesOutsideThreeToTwelveMonthsAreRefusedAndTheBoundsAreAccepted() throws Exception {
        LocalDate start = TestData.today();
        mvc.perform(post("/api/registry/pairs").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(mentor, "TEACHER_TEACHER", "INNOVATOR_CONSERVATIVE_TEACHER", "VIRTUAL", start,
                                start.plusMonths(3).minusDays(1), young2)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("от 3 до 12 месяцев")));
        mvc.perform(post("/api/registry/pairs").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(mentor, "TEACHER_TEACHER", "INNOVATOR_CONSERVATIVE_TEACHER", "VIRTUAL", start,
                                start.plusMonths(12).plusDays(1), young2)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        assertThat(pairsOf(young2)).isZero();
        mvc.perform(post("/api/registry/pairs").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(mentor, "TEACHER_TEACHER", "INNOVATOR_CONSERVATIVE_TEACHER", "VIRTUAL", start,
                                start.plusMonths(12), young2)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kindLabel").value("виртуальное (дистанционное)"));
    }

    @Test
    void aGroupNeedsTwoMenteesAndOneToOneExactlyOne() throws Exception {
        mvc.perform(post("/api/registry/pairs").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(mentor, TT, YOUNG, "GROUP", young3)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("menteeIds"))
                .andExpect(jsonPath("$.errors[0].reason").value("Наставничество в группе: не меньше двух наставляемых"));
        mvc.perform(post("/api/registry/pairs").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(mentor, TT, YOUNG, "TRADITIONAL", young3, noConsent)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].reason", hasItem("Традиционное наставничество «один на один»: ровно один наставляемый")));
        assertThat(pairsOf(young3)).isZero();
    }

    @Test
    void everyBrokenRuleIsReportedInOneAnswer() throws Exception {
        LocalDate start = TestData.today();
        mvc.perform(post("/api/registry/pairs").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(mentor, TT, "LEADER_PASSIVE", "GROUP", start, start.plusMonths(1), mentor, young3, young3)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("interactionModel")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("menteeIds[0]")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("menteeIds[2]")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("endDate")))
                .andExpect(jsonPath("$.errors[*].reason", hasItem("Наставник не может быть наставляемым в своей паре")))
                .andExpect(jsonPath("$.errors[*].reason", hasItem("Наставляемый указан дважды")));
    }

    @Test
    void thePeopleMustFitTheForm() throws Exception {
        mvc.perform(post("/api/registry/pairs").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(student2, TT, YOUNG, "TRADITIONAL", young3)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("mentorId"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("наставник — педагог")));
    }

    @Test
    void aMissingOrderIsABadRequestNamingTheFieldInRussian() throws Exception {
        mvc.perform(post("/api/registry/pairs").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"mentorId":"%s","menteeIds":["%s"],"form":"TEACHER_TEACHER","interactionModel":"%s","kind":"TRADITIONAL",
                                 "orderDate":"2026-09-01","startDate":"2026-09-01","endDate":"2027-05-31"}
                                """.formatted(mentor, young3, YOUNG)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("orderNumber"))
                .andExpect(jsonPath("$.errors[0].reason").value("Укажите номер приказа о закреплении"));
        mvc.perform(post("/api/registry/pairs").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(mentor, "NO_SUCH_FORM", YOUNG, "TRADITIONAL", young3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("form"));
    }

    @Test
    void aSchoolAdminCannotFormACrossSchoolPairAndLearnsNothingAboutTheOtherPerson() throws Exception {
        mvc.perform(post("/api/registry/pairs").with(schoolAdmin("pfm-a", M)).contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(mentor, TT, YOUNG, "TRADITIONAL", teacherOfB)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("menteeIds[0]"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("формирует муниципальный координатор")))
                .andExpect(content().string(not(containsString("Бэшкина"))));
        assertThat(pairsOf(teacherOfB)).isZero();
    }

    @Test
    void aCoordinatorCannotPairPeopleOfAnotherMunicipality() throws Exception {
        mvc.perform(post("/api/registry/pairs").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(mentor, TT, YOUNG, "TRADITIONAL", teacherElsewhere)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("menteeIds[0]"))
                .andExpect(content().string(not(containsString("Чужеземцева"))));
        assertThat(pairsOf(teacherElsewhere)).isZero();
    }

    @Test
    void aDepartmentViewerNeitherFormsNorListsPairsButReadsTheCatalog() throws Exception {
        mvc.perform(post("/api/registry/pairs").with(departmentViewer(M)).contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(mentor, TT, YOUNG, "TRADITIONAL", young3)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/pairs").with(departmentViewer(M))).andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/pairs/catalog").with(departmentViewer(M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.forms", hasSize(5)))
                .andExpect(jsonPath("$.forms[?(@.code == 'STUDENT_STUDENT')].interactionModels[*].label", hasItem("равный – равному")))
                .andExpect(jsonPath("$.statuses[*].label", hasItem("рефлексивно-аналитический")));
    }

    /** Monitoring's rounds copy the forms' codes and labels: the catalogue still publishes exactly the contract. */
    @Test
    void theCatalogueOfFormsIsTheContractMonitoringCopies() throws Exception {
        mvc.perform(get("/api/registry/pairs/catalog").with(coordinator(M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.forms[*].code", contains(Contracts.mentoringForms().keySet().toArray())))
                .andExpect(jsonPath("$.forms[*].label", contains(Contracts.mentoringForms().values().toArray())));
    }
}
