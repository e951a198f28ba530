package ru.mentoring.registry.consent;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.registry.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

@SpringBootTest
@AutoConfigureMockMvc
class ConsentTest {

    static final String M = "cns";

    private final MockMvc mvc;

    private final JdbcClient jdbc;

    ConsentTest(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    static String teacher;
    static String student;
    static String teacherOfB;
    static String withdrawing;

    @BeforeAll
    static void people(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("cns-a");
        data.school("cns-b");
        teacher = data.teacher("cns-a", "t-1", "Согласова", "математика", 10);
        student = data.student("cns-a", "s-1", "Ученикова", 7);
        teacherOfB = data.teacher("cns-b", "t-1", "Чужакова", "физика", 10);
        withdrawing = data.teacher("cns-a", "t-2", "Отзывова", "химия", 12);
        data.consent(withdrawing);
    }

    private String consentJson(LocalDate on, String givenBy) {
        return givenBy == null
                ? "{\"givenOn\":\"%s\",\"documentRef\":\"№ 12/С\"}".formatted(on)
                : "{\"givenOn\":\"%s\",\"documentRef\":\"№ 12/С\",\"givenBy\":\"%s\"}".formatted(on, givenBy);
    }

    @Test
    void aSchoolAdminRecordsTheConsentOfTheirTeacherAndItIsAudited() throws Exception {
        mvc.perform(post("/api/registry/participants/" + teacher + "/consents").with(schoolAdmin("cns-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content(consentJson(TestData.today().minusDays(3), null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inForce").value(true))
                .andExpect(jsonPath("$.recordedBy").value("admin-cns-a"));
        mvc.perform(get("/api/registry/participants/" + teacher + "/consents").with(schoolAdmin("cns-a", M)))
                .andExpect(jsonPath("$", hasSize(1)));
        long audited = jdbc.sql("""
                        select count(*) from audit_entry where entity_type = 'CONSENT' and action = 'CONSENT_RECORDED'
                        and actor = 'admin-cns-a' and 'cns-a' = any(school_codes) and changes::text like ?""")
                .param("%" + teacher + "%").query(Long.class).single();
        assertThat(audited).isEqualTo(1);
        // a second consent while the first is in force is a conflict, not a duplicate
        mvc.perform(post("/api/registry/participants/" + teacher + "/consents").with(schoolAdmin("cns-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content(consentJson(TestData.today(), null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("consent"));
    }

    @Test
    void aStudentsConsentNamesTheParentWhoGaveIt() throws Exception {
        mvc.perform(post("/api/registry/participants/" + student + "/consents").with(schoolAdmin("cns-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content(consentJson(TestData.today(), null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("givenBy"));
        mvc.perform(post("/api/registry/participants/" + student + "/consents").with(schoolAdmin("cns-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content(consentJson(TestData.today(), "Ученикова Мария Ивановна")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.givenBy").value("Ученикова Мария Ивановна"));
    }

    @Test
    void aConsentDatedInTheFutureOrWithoutADocumentIsRefused() throws Exception {
        mvc.perform(post("/api/registry/participants/" + teacherOfB + "/consents").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content(consentJson(TestData.today().plusDays(2), null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("givenOn"));
        mvc.perform(post("/api/registry/participants/" + teacherOfB + "/consents").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"givenOn\":\"2026-01-10\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("documentRef"))
                .andExpect(jsonPath("$.errors[0].reason").value("Укажите реквизиты документа (номер, место хранения)"));
        assertThat(jdbc.sql("select count(*) from consent where participant_id = ?").param(java.util.UUID.fromString(teacherOfB))
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherSchoolsPersonsConsentIsNotFoundForASchoolAdminAndTheViewerMayNotTouchConsents() throws Exception {
        mvc.perform(post("/api/registry/participants/" + teacherOfB + "/consents").with(schoolAdmin("cns-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content(consentJson(TestData.today(), null)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Чужакова"))));
        mvc.perform(get("/api/registry/participants/" + teacherOfB + "/consents").with(schoolAdmin("cns-a", M)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/participants/" + teacherOfB + "/consents").with(departmentViewer(M)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/participants/" + teacherOfB + "/consents").with(coordinator("elsewhere")))
                .andExpect(status().isNotFound());
    }

    @Test
    void withdrawingNeedsAConsentInForceAndADateNotBeforeIt() throws Exception {
        String noConsent = new TestData(mvc, M).teacher("cns-a", "t-3", "Безсогласова", "физика", 5);
        mvc.perform(post("/api/registry/participants/" + noConsent + "/consents/withdrawal").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"withdrawnOn\":\"%s\",\"reason\":\"заявление\"}".formatted(TestData.today())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("consent"));
        mvc.perform(post("/api/registry/participants/" + withdrawing + "/consents/withdrawal").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"withdrawnOn\":\"%s\",\"reason\":\"заявление\"}".formatted(TestData.today().minusYears(1))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("withdrawnOn"));
        mvc.perform(post("/api/registry/participants/" + withdrawing + "/consents/withdrawal").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"withdrawnOn\":\"%s\"}".formatted(TestData.today())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/registry/participants/" + withdrawing + "/consents/withdrawal").with(schoolAdmin("cns-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"withdrawnOn\":\"%s\",\"reason\":\"личное заявление\"}".formatted(TestData.today())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consent.inForce").value(false))
                .andExpect(jsonPath("$.consent.withdrawnBy").value("admin-cns-a"))
                .andExpect(jsonPath("$.terminatedPairIds", hasSize(0)));
    }
}
