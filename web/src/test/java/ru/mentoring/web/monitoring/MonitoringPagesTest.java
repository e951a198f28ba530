package ru.mentoring.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.monitoring.MonitoringApi.CreatedRound;
import ru.mentoring.web.monitoring.MonitoringApi.Dynamics;
import ru.mentoring.web.monitoring.MonitoringApi.ItemDynamics;
import ru.mentoring.web.monitoring.MonitoringApi.Participant;
import ru.mentoring.web.monitoring.MonitoringApi.PersonalLink;
import ru.mentoring.web.monitoring.MonitoringApi.RespondentView;
import ru.mentoring.web.monitoring.MonitoringApi.RoleDynamics;
import ru.mentoring.web.monitoring.MonitoringApi.RoundDetails;
import ru.mentoring.web.monitoring.MonitoringApi.RoundSummary;
import ru.mentoring.web.monitoring.MonitoringApi.School;
import ru.mentoring.web.monitoring.MonitoringApi.Target;
import ru.mentoring.web.monitoring.MonitoringApi.TargetReport;
import ru.mentoring.web.monitoring.MonitoringApi.Template;

/** The monitoring pages' logic and rendering, with the services' answers given by a mock of the data layer. */
@SpringBootTest(properties = {"platform.municipalities.millerovo=Миллеровский район",
        "platform.keycloak.url=http://localhost:8180", "platform.keycloak.client-secret=test-secret"})
@AutoConfigureMockMvc
class MonitoringPagesTest {

    private static final UUID ROUND = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private static final UUID IVANOVA = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID SMIRNOV = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID IVANOVA_RESPONDENT = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID SMIRNOV_RESPONDENT = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    private static final OffsetDateTime OPENED = OffsetDateTime.parse("2026-12-02T09:00:00Z");

    private final MockMvc mvc;

    @MockitoBean
    MonitoringService monitoring;

    MonitoringPagesTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    private static OidcLoginRequestPostProcessor as(String role) {
        return oidcLogin().idToken(token -> token.claim("given_name", "Ирина").claim("family_name", "Координаторова")
                        .claim("municipality", "millerovo").claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    private void schoolsAndPeople() {
        Map<String, School> schools = new LinkedHashMap<>();
        schools.put("mil-sosh-2", new School("mil-sosh-2", "МБОУ СОШ №2", null));
        when(monitoring.schools()).thenReturn(schools);
        Map<UUID, Participant> people = new LinkedHashMap<>();
        people.put(IVANOVA, new Participant(IVANOVA, "Иванова", "Мария", "Петровна", "TEACHER"));
        people.put(SMIRNOV, new Participant(SMIRNOV, "Смирнов", "Алексей", "Иванович", "TEACHER"));
        when(monitoring.participants("mil-sosh-2")).thenReturn(people);
        when(monitoring.templates()).thenReturn(List.of(
                new Template("MENTEE_AFTER", 1, "Анкета наставляемого", null, "MENTEE", "AFTER", 20)));
    }

    private static RoundSummary summary(long answered) {
        return new RoundSummary(ROUND, 2025, "mil-sosh-2", "MENTEE_AFTER", 1, "Анкета наставляемого", OPENED,
                OPENED.plusDays(30), "coordinator", 2, answered, "TEACHER_TEACHER");
    }

    @Test
    void openingARoundAsksTheTickedPeopleInTheQuestionnairesRoleAndItsPageShowsTheirLinksWithQrCodes() throws Exception {
        schoolsAndPeople();
        when(monitoring.openRound(any())).thenReturn(new CreatedRound(summary(0), List.of(
                new PersonalLink(IVANOVA_RESPONDENT, IVANOVA, "MENTEE", null, "tok-ivanova", "/api/monitoring/public/answers/tok-ivanova", OPENED.plusDays(30)),
                new PersonalLink(SMIRNOV_RESPONDENT, SMIRNOV, "MENTEE", null, "tok-smirnov", "/api/monitoring/public/answers/tok-smirnov", OPENED.plusDays(30)))));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/monitoring/rounds").session(session).with(as("coordinator")).with(csrf())
                        .param("schoolCode", "mil-sosh-2").param("templateCode", "MENTEE_AFTER").param("programmeYear", "2025")
                        .param("validityDays", "30").param("form", "TEACHER_TEACHER")
                        .param("participants", IVANOVA.toString(), SMIRNOV.toString()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/monitoring/rounds/" + ROUND));
        ArgumentCaptor<RoundForm.Request> sent = ArgumentCaptor.forClass(RoundForm.Request.class);
        verify(monitoring).openRound(sent.capture());
        assertThat(sent.getValue().respondents()).extracting(RoundForm.Respondent::participantId, RoundForm.Respondent::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IVANOVA, "MENTEE"), org.assertj.core.groups.Tuple.tuple(SMIRNOV, "MENTEE"));
        assertThat(sent.getValue().programmeYear()).isEqualTo(2025);

        // Смирнов has answered since; Иванова has not
        when(monitoring.round(ROUND)).thenReturn(new RoundDetails(summary(1), List.of(
                new RespondentView(IVANOVA_RESPONDENT, IVANOVA, "MENTEE", null, "PENDING", null),
                new RespondentView(SMIRNOV_RESPONDENT, SMIRNOV, "MENTEE", null, "ANSWERED", OPENED.plusDays(1)))));
        String page = mvc.perform(get("/monitoring/rounds/" + ROUND).session(session).with(as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Иванова Мария Петровна", "http://localhost/q/tok-ivanova", "<svg", "class=\"qr\"",
                "МБОУ СОШ №2", "педагог – педагог", "02.12.2026", "Ещё не ответили: <span>1</span>")
                .doesNotContain("Смирнов Алексей", "tok-smirnov", "mil-sosh-2<");
        mvc.perform(get("/monitoring/rounds/" + ROUND + "/print").session(session).with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("http://localhost/q/tok-ivanova"), containsString("<svg"))));
    }

    @Test
    void withoutTheTokenInThisSessionAPendingPersonGetsAButtonToIssueANewLinkInstead() throws Exception {
        schoolsAndPeople();
        when(monitoring.round(ROUND)).thenReturn(new RoundDetails(summary(0), List.of(
                new RespondentView(IVANOVA_RESPONDENT, IVANOVA, "MENTEE", null, "PENDING", null))));
        mvc.perform(get("/monitoring/rounds/" + ROUND).with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Выдать новую ссылку"), not(containsString("/q/")),
                        not(containsString("<svg")))));
        when(monitoring.reissue(ROUND, IVANOVA_RESPONDENT)).thenReturn(new PersonalLink(IVANOVA_RESPONDENT, IVANOVA, "MENTEE",
                null, "tok-new", "/api/monitoring/public/answers/tok-new", OPENED.plusDays(30)));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/monitoring/rounds/" + ROUND + "/respondents/" + IVANOVA_RESPONDENT + "/link").session(session)
                        .with(as("coordinator")).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/monitoring/rounds/" + ROUND).session(session).with(as("coordinator")))
                .andExpect(content().string(allOf(containsString("http://localhost/q/tok-new"), containsString("<svg"))));
    }

    @Test
    void aRefusedRoundIsShownAgainWithWhatWasTypedAndTheReasonNextToTheField() throws Exception {
        schoolsAndPeople();
        when(monitoring.openRound(any())).thenThrow(new ServiceException(new ServiceProblem(400, "Некорректный запрос",
                "Проверьте поля", List.of(new ServiceProblem.FieldProblem("respondents", null, "Укажите хотя бы одного участника")))));
        mvc.perform(post("/monitoring/rounds").with(as("coordinator")).with(csrf())
                        .param("schoolCode", "mil-sosh-2").param("templateCode", "MENTEE_AFTER").param("programmeYear", "2025")
                        .param("validityDays", "45"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Укажите хотя бы одного участника"),
                        containsString("id=\"respondents-error\""), containsString("aria-invalid=\"true\""),
                        containsString("value=\"45\""), containsString("Иванова Мария Петровна"))));
    }

    @Test
    void aDepartmentViewerHasNoRoundsAndNoOneToAsk() throws Exception {
        mvc.perform(get("/monitoring/rounds").with(as("department-viewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/monitoring/rounds/" + ROUND).with(as("department-viewer"))).andExpect(status().isForbidden());
    }

    @Test
    void theDynamicsShowTheWilcoxonResultInWordsWithDecimalCommasAndHiddenCellsAsLessThanFive() throws Exception {
        schoolsAndPeople();
        when(monitoring.dynamics(eq(2025), isNull(), isNull())).thenReturn(new Dynamics(2025, null, null, 0.05, "Критерий Уилкоксона",
                List.of(new RoleDynamics("MENTEE", "Наставляемые", 12L, List.of(
                        new ItemDynamics("q1", "Умею планировать урок", 12, 5.25, 7.5, 2.25, 10, 83.33, 0.0042, "EXACT", true, false),
                        new ItemDynamics("q2", "Понимаю требования ФГОС", 12, 6.0, 6.1, 0.1, 3, 25.0, 0.61, "EXACT", false, false)), false),
                        new RoleDynamics("MENTOR", "Наставники", null, List.of(
                                new ItemDynamics("m1", "Помогаю коллеге", null, null, null, null, null, null, null, null, null, true)), true))));
        mvc.perform(get("/monitoring/dynamics").param("year", "2025").with(as("department-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Умею планировать урок"), containsString("5,25"),
                        containsString("0,004"), containsString("изменение статистически значимо"),
                        containsString("0,61"), containsString("изменение статистически не значимо"),
                        containsString("&lt;5"), containsString("не показывается"))));
    }

    @Test
    void theTargetsSayMetOrNotMetAndWhyThereIsNoValue() throws Exception {
        schoolsAndPeople();
        when(monitoring.targets(2025, null)).thenReturn(new TargetReport(2025, null, null, List.of(
                new Target("MENTEE_SATISFACTION", "Уровень удовлетворенности наставляемых", 91.7, "%", 85, true, Map.of(), null, false),
                new Target("TEACHERS_AS_MENTORS", "Доля педагогов-наставников", 7.5, "%", 10, false, Map.of(), null, false),
                new Target("COMPETENCY_RISE", "Повышение компетенций", null, "%", 30, null, Map.of(), "Нет результатов тестирования", false)),
                List.of()));
        mvc.perform(get("/monitoring/targets").param("year", "2025").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("91,7"), containsString(">выполнено<"),
                        containsString("7,5"), containsString(">не выполнено<"), containsString("нет данных"),
                        containsString("Нет результатов тестирования"))));
    }

    @Test
    void theNoteIsHandedOnWithItsTypeAndOnlyInTheThreeFormats() throws Exception {
        schoolsAndPeople();
        when(monitoring.note(2025, null, "pdf")).thenReturn(ResponseEntity.ok()
                .header("Content-Type", "application/pdf").header("Content-Disposition", "attachment; filename=note.pdf")
                .body(new byte[] {'%', 'P', 'D', 'F'}));
        mvc.perform(get("/monitoring/note").param("year", "2025").param("format", "pdf").with(as("department-viewer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(new byte[] {'%', 'P', 'D', 'F'}));
        mvc.perform(get("/monitoring/note").param("year", "2025").param("format", "exe").with(as("coordinator")))
                .andExpect(status().isNotFound());
    }
}
