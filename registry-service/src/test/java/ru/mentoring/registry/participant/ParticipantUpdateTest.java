package ru.mentoring.registry.participant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.mentoring.registry.TestData;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/** {@code PUT /participants/{id}}: the rules of adding a person, the tenancy of reading one, every change audited. */
@SpringBootTest
@AutoConfigureMockMvc
class ParticipantUpdateTest {

    static final String M = "pup";

    private final MockMvc mvc;

    ParticipantUpdateTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    static String teacher;
    static String student;
    static String otherTeacher;
    static String protectedTeacher;
    static String pairedMentee;
    static String formerTeacher;
    static String consentedTeacher;
    static String consentedStudent;

    @BeforeAll
    static void people(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("pup-a");
        data.school("pup-b");
        teacher = data.teacher("pup-a", "PA-1", "Правкина", "химия", 9);
        data.teacher("pup-a", "PA-2", "Занятая", "химия", 9);
        student = data.student("pup-a", "PA-3", "Ученикова", 7);
        protectedTeacher = data.teacher("pup-a", "PA-4", "Неприкосновенная", "физика", 12);
        otherTeacher = data.teacher("pup-b", "PB-1", "Чужая", "физика", 20);
        formerTeacher = data.teacher("pup-a", "PA-5", "Ошибочная", "музыка", 4);
        String mentor = data.teacher("pup-a", "PA-6", "Наставница", "химия", 30);
        pairedMentee = data.teacher("pup-a", "PA-7", "Подопечная", "химия", 1);
        data.consent(mentor);
        data.consent(pairedMentee);
        consentedTeacher = data.teacher("pup-a", "PA-8", "Согласная", "химия", 5);
        data.consent(consentedTeacher);
        consentedStudent = data.student("pup-a", "PA-9", "Согласованная", 8);
        data.consent(consentedStudent, true);
        data.pair(mentor, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", pairedMentee);
    }

    @Test
    void theSchoolAdminChangesTheirPersonAndTheAuditLogListsEveryChangedField() throws Exception {
        mvc.perform(update(teacher, schoolAdmin("pup-a", M), """
                {"externalKey":"PA-1","kind":"TEACHER","lastName":"Исправленная","firstName":"Анна","middleName":"Петровна",
                 "subjects":"химия, биология","experienceYears":2,"qualificationCategory":"высшая"}
                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(teacher))
                .andExpect(jsonPath("$.schoolCode").value("pup-a"))
                .andExpect(jsonPath("$.lastName").value("Исправленная"))
                .andExpect(jsonPath("$.subjects").value("химия, биология"))
                .andExpect(jsonPath("$.experienceYears").value(2))
                .andExpect(jsonPath("$.youngSpecialist").value(true));
        mvc.perform(get("/api/registry/participants/" + teacher).with(coordinator(M)))
                .andExpect(jsonPath("$.lastName").value("Исправленная"));
        String updated = "$.items[?(@.action == 'PARTICIPANT_UPDATED' && @.entityId == '" + teacher + "')]";
        mvc.perform(get("/api/registry/audit?schoolCode=pup-a").with(coordinator(M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath(updated, hasSize(1)))
                .andExpect(jsonPath(updated + ".actor").value("admin-pup-a"))
                .andExpect(jsonPath(updated + ".changes[*]", hasSize(4)))
                .andExpect(jsonPath(updated + ".changes[?(@.field == 'lastName')].oldValue").value("Правкина"))
                .andExpect(jsonPath(updated + ".changes[?(@.field == 'lastName')].newValue").value("Исправленная"))
                .andExpect(jsonPath(updated + ".changes[?(@.field == 'subjects')].oldValue").value("химия"))
                .andExpect(jsonPath(updated + ".changes[?(@.field == 'subjects')].newValue").value("химия, биология"))
                .andExpect(jsonPath(updated + ".changes[?(@.field == 'experienceYears')].oldValue").value("9"))
                .andExpect(jsonPath(updated + ".changes[?(@.field == 'experienceYears')].newValue").value("2"))
                .andExpect(jsonPath(updated + ".changes[?(@.field == 'youngSpecialist')].newValue").value("true"))
                .andExpect(jsonPath(updated + ".changes[*].field", not(hasItem("firstName"))));
    }

    @Test
    void aStudentKeepsNoTeachingProfileWhateverTheBodySays() throws Exception {
        mvc.perform(update(student, coordinator(M), """
                {"externalKey":"PA-3","kind":"STUDENT","lastName":"Ученикова","firstName":"Иван","grade":8,
                 "subjects":"история","experienceYears":1,"qualificationCategory":"первая"}
                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grade").value(8))
                .andExpect(jsonPath("$.subjects").doesNotExist())
                .andExpect(jsonPath("$.experienceYears").doesNotExist())
                .andExpect(jsonPath("$.qualificationCategory").doesNotExist());
        String updated = "$.items[?(@.action == 'PARTICIPANT_UPDATED' && @.entityId == '" + student + "')]";
        mvc.perform(get("/api/registry/audit?schoolCode=pup-a").with(coordinator(M)))
                .andExpect(jsonPath(updated + ".changes[*].field", hasSize(1)))
                .andExpect(jsonPath(updated + ".changes[?(@.field == 'grade')].newValue").value("8"));
    }

    @Test
    void anotherSchoolsAdminGetsNotFoundAndNothingChanges() throws Exception {
        mvc.perform(update(otherTeacher, schoolAdmin("pup-a", M), """
                {"externalKey":"PB-1","kind":"TEACHER","lastName":"Взломанная","firstName":"Вера"}
                """))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("Чужая"))));
        mvc.perform(update(otherTeacher, coordinator("pux"), """
                {"externalKey":"PB-1","kind":"TEACHER","lastName":"Взломанная","firstName":"Вера"}
                """))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/participants/" + otherTeacher).with(coordinator(M)))
                .andExpect(jsonPath("$.lastName").value("Чужая"))
                .andExpect(jsonPath("$.experienceYears").value(20));
        mvc.perform(get("/api/registry/audit?schoolCode=pup-b").with(coordinator(M)))
                .andExpect(jsonPath("$.items[*].action", not(hasItem("PARTICIPANT_UPDATED"))));
    }

    @Test
    void anUnknownIdIsNotFoundAndADepartmentViewerIsForbidden() throws Exception {
        String body = """
                {"externalKey":"PA-4","kind":"TEACHER","lastName":"Другая","firstName":"Анна"}
                """;
        mvc.perform(update("00000000-0000-0000-0000-000000000000", coordinator(M), body))
                .andExpect(status().isNotFound());
        mvc.perform(update(protectedTeacher, departmentViewer(M), body))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/participants/" + protectedTeacher).with(coordinator(M)))
                .andExpect(jsonPath("$.lastName").value("Неприкосновенная"));
    }

    @Test
    void aValidationErrorNamesTheFieldAndNothingChanges() throws Exception {
        mvc.perform(update(protectedTeacher, schoolAdmin("pup-a", M), """
                {"externalKey":"PA-4","kind":"TEACHER","lastName":"","firstName":"Анна","experienceYears":12}
                """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("lastName"))
                .andExpect(jsonPath("$.errors[0].reason").value("Укажите фамилию"));
        mvc.perform(get("/api/registry/participants/" + protectedTeacher).with(coordinator(M)))
                .andExpect(jsonPath("$.lastName").value("Неприкосновенная"));
    }

    @Test
    void anotherPersonsKeyInTheSameSchoolIsAConflictNamingTheField() throws Exception {
        mvc.perform(update(protectedTeacher, schoolAdmin("pup-a", M), """
                {"externalKey":"PA-2","kind":"TEACHER","lastName":"Неприкосновенная","firstName":"Анна"}
                """))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("externalKey"));
        mvc.perform(get("/api/registry/participants/" + protectedTeacher).with(coordinator(M)))
                .andExpect(jsonPath("$.externalKey").value("PA-4"));
    }

    @Test
    void aPersonEnteredAsATeacherByMistakeBecomesAStudentAndLosesTheTeachingProfile() throws Exception {
        mvc.perform(update(formerTeacher, schoolAdmin("pup-a", M), """
                {"externalKey":"PA-5","kind":"STUDENT","lastName":"Ошибочная","firstName":"Анна","grade":9}
                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("STUDENT"))
                .andExpect(jsonPath("$.grade").value(9))
                .andExpect(jsonPath("$.middleName").doesNotExist())
                .andExpect(jsonPath("$.subjects").doesNotExist())
                .andExpect(jsonPath("$.experienceYears").doesNotExist())
                .andExpect(jsonPath("$.qualificationCategory").doesNotExist())
                .andExpect(jsonPath("$.youngSpecialist").value(false));
        String updated = "$.items[?(@.action == 'PARTICIPANT_UPDATED' && @.entityId == '" + formerTeacher + "')]";
        mvc.perform(get("/api/registry/audit?schoolCode=pup-a").with(coordinator(M)))
                .andExpect(jsonPath(updated + ".changes[?(@.field == 'kind')].oldValue").value("TEACHER"))
                .andExpect(jsonPath(updated + ".changes[?(@.field == 'kind')].newValue").value("STUDENT"))
                .andExpect(jsonPath(updated + ".changes[?(@.field == 'subjects')].oldValue").value("музыка"))
                .andExpect(jsonPath(updated + ".changes[?(@.field == 'grade')].newValue").value("9"));
    }

    @Test
    void theCategoryOfAPersonInARunningPairStays() throws Exception {
        mvc.perform(update(pairedMentee, coordinator(M), """
                {"externalKey":"PA-7","kind":"PARTNER","lastName":"Подопечная","firstName":"Анна"}
                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(get("/api/registry/participants/" + pairedMentee).with(coordinator(M)))
                .andExpect(jsonPath("$.kind").value("TEACHER"))
                .andExpect(jsonPath("$.subjects").value("химия"));
    }

    @Test
    void anAdultsOwnConsentDoesNotCoverThemAsAMinorSoTheCategoryStaysUntilItIsWithdrawn() throws Exception {
        mvc.perform(update(consentedTeacher, schoolAdmin("pup-a", M), """
                {"externalKey":"PA-8","kind":"STUDENT","lastName":"Согласная","firstName":"Анна","grade":10}
                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("отзовите действующее согласие")));
        mvc.perform(get("/api/registry/participants/" + consentedTeacher).with(coordinator(M)))
                .andExpect(jsonPath("$.kind").value("TEACHER"));

        mvc.perform(post("/api/registry/participants/" + consentedTeacher + "/consents/withdrawal").with(schoolAdmin("pup-a", M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"%s\",\"reason\":\"внесена как педагог ошибочно\"}".formatted(TestData.today())))
                .andExpect(status().isOk());
        mvc.perform(update(consentedTeacher, schoolAdmin("pup-a", M), """
                {"externalKey":"PA-8","kind":"STUDENT","lastName":"Согласная","firstName":"Анна","grade":10}
                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("STUDENT"));
    }

    @Test
    void aParentsConsentForAMinorDoesNotCoverThemAsAnAdult() throws Exception {
        mvc.perform(update(consentedStudent, coordinator(M), """
                {"externalKey":"PA-9","kind":"PARTNER","lastName":"Согласованная","firstName":"Иван"}
                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("родитель")));
        mvc.perform(get("/api/registry/participants/" + consentedStudent).with(coordinator(M)))
                .andExpect(jsonPath("$.kind").value("STUDENT"));
    }

    /** {@code PUT /participants/{id}} as the caller, with the body. */
    private static MockHttpServletRequestBuilder update(String id, RequestPostProcessor caller, String body) {
        return put("/api/registry/participants/" + id).with(caller).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
