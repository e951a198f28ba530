package ru.mentoring.web.monitoring;

import static ru.mentoring.web.TestLogins.as;
import static org.assertj.core.groups.Tuple.tuple;
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
                .containsExactly(tuple(IVANOVA, "MENTEE"), tuple(SMIRNOV, "MENTEE"));
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
                new Target("COMPETENCY_RISE", "Повышение компетенций", null, "%", 30, null, Map.of(), "Нет результатов тестирования", false),
                new Target("LEARNERS_REGISTER_FALL", "Снижение числа обучающихся состоящих на различных видах учета", -2.0, "чел.",
                        0, false, Map.of(), null, false)),
                List.of()));
        mvc.perform(get("/monitoring/targets").param("year", "2025").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("91,7 %"), containsString(">выполнено<"),
                        containsString("7,5"), containsString(">не выполнено<"), containsString("нет данных"),
                        containsString("Нет результатов тестирования"), containsString("−2 чел."),
                        containsString("значимое снижение"))));
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

    @Test
    void theLandingOffersASchoolsNoteAndTheReportToTheHeadToTheDistrictButNotToASchool() throws Exception {
        schoolsAndPeople();
        mvc.perform(get("/monitoring").param("year", "2025").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Справка по школе"), containsString("МБОУ СОШ №2"),
                        containsString("Отчёт начальнику управления образования"),
                        containsString("/monitoring/head-report?year=2025&amp;format=docx"))));
        mvc.perform(get("/monitoring").param("year", "2025").with(as("school-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/monitoring/note?year=2025&amp;format=pdf"),
                        not(containsString("Справка по школе")), not(containsString("head-report")))));
    }

    @Test
    void theReportToTheHeadIsHandedOnWithItsTypeAndOnlyAsPdfOrDocx() throws Exception {
        schoolsAndPeople();
        when(monitoring.headReport(2025, "docx")).thenReturn(ResponseEntity.ok()
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", "attachment; filename=report.docx").body(new byte[] {'P', 'K'}));
        mvc.perform(get("/monitoring/head-report").param("year", "2025").param("format", "docx").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("report.docx")))
                .andExpect(content().bytes(new byte[] {'P', 'K'}));
        mvc.perform(get("/monitoring/head-report").param("year", "2025").param("format", "xlsx").with(as("coordinator")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOtherPagesShowSchoolsByNameFormsAndStatusesInRussianAndDatesAsDaysMonthsYears() throws Exception {
        schoolsAndPeople();
        when(monitoring.rounds(null, null)).thenReturn(List.of(summary(1)));
        mvc.perform(get("/monitoring/rounds").with(as("school-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("МБОУ СОШ №2"), containsString("Анкета наставляемого"),
                        containsString("2025/2026"), containsString("педагог – педагог"), containsString("02.12.2026"),
                        not(containsString(">mil-sosh-2<")))));
        mvc.perform(get("/monitoring").param("year", "2025").with(as("department-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("format=pdf"), containsString("format=docx"),
                        containsString("format=xlsx"), not(containsString("/monitoring/rounds")))));

        when(monitoring.assessment(2025, null, null)).thenReturn(new MonitoringApi.Assessment(2025, null, null, 7, 7, List.of(
                new MonitoringApi.RoleTable("MENTEE", "Личностная оценка наставляемых", 12L, 10L, 83.33, 9L, 75.0,
                        List.of(new MonitoringApi.Characteristic("c1", "Стал увереннее", 6L, 50.0, false)),
                        List.of(new MonitoringApi.Breakdown("mil-sosh-2", "mil-sosh-2", null, null, null, null, null, true)),
                        List.of(new MonitoringApi.Breakdown("TEACHER_TEACHER", "педагог – педагог", 12L, 10L, 83.33, 9L, 75.0, false)),
                        false))));
        mvc.perform(get("/monitoring/assessment").param("year", "2025").with(as("department-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("83,3"), containsString("Стал увереннее"),
                        containsString("МБОУ СОШ №2"), containsString("&lt;5"), containsString("педагог – педагог"))));

        MonitoringApi.Figures line = new MonitoringApi.Figures("mil-sosh-2", 6L, 6L, 5L, 50.5, 61.26, 21.3, false);
        when(monitoring.competency(2025, null)).thenReturn(new MonitoringApi.CompetencySummary(2025, null, line, List.of(line)));
        mvc.perform(get("/monitoring/competency").param("year", "2025").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("61,3"), containsString("21,3"), containsString("МБОУ СОШ №2"))));

        when(monitoring.district(2025)).thenReturn(new MonitoringApi.DistrictStage1(2025, List.of("mil-sosh-2"),
                List.of(new MonitoringApi.IndicatorSummary("k1", "Есть положение о наставничестве", "YES_NO", 1, 1L, 100.0, null, List.of())),
                List.of(new MonitoringApi.QuadrantGroups("STRENGTHS", "Сильные стороны",
                        List.of(new MonitoringApi.SwotGroup("Опытные педагоги", 1, List.of("mil-sosh-2")))))));
        mvc.perform(get("/monitoring/stage1").param("year", "2025").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Опытные педагоги"), containsString("МБОУ СОШ №2"),
                        containsString("Есть положение о наставничестве"))));
        mvc.perform(get("/monitoring/stage1").param("year", "2025").with(as("school-admin")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/monitoring/stage1/schools/mil-sosh-2?year=2025"));
        when(monitoring.stage1(2025, "mil-sosh-2")).thenReturn(new MonitoringApi.SchoolStage1("mil-sosh-2", 2025, true, OPENED,
                List.of(new MonitoringApi.AnswerView("k1", "Есть положение о наставничестве", "YES_NO", true),
                        new MonitoringApi.AnswerView("k2", "Доля педагогов-наставников", "PERCENT", 12.5)),
                new MonitoringApi.Swot(List.of("Опытные педагоги"), List.of("Нагрузка"), List.of(), List.of())));
        mvc.perform(get("/monitoring/stage1/schools/mil-sosh-2").param("year", "2025").with(as("school-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">да<"), containsString("12,5"), containsString("Нагрузка"))));
        when(monitoring.curatorQuestionnaire()).thenReturn(List.of(new MonitoringApi.CuratorItem("k1", 1, "Есть положение", "YES_NO")));
        mvc.perform(get("/monitoring/stage1/questionnaire").with(as("department-viewer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("да / нет")));

        UUID planId = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
        UUID eventId = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
        MonitoringApi.PlanSummary plan = new MonitoringApi.PlanSummary(planId, 2025, null, OPENED, 1, Map.of("PLANNED", 1L), 1);
        when(monitoring.plans(2025)).thenReturn(List.of(plan));
        mvc.perform(get("/monitoring/plans").param("year", "2025").with(as("department-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("План работы МНЦ"), not(containsString("Создать")))));
        when(monitoring.plan(planId, false)).thenReturn(new MonitoringApi.Plan(plan, List.of(new MonitoringApi.EventView(eventId, 1, "1",
                "Подготовительный этап", "Совещание кураторов", null, "сентябрь", java.time.LocalDate.of(2025, 9, 30),
                "координатор", "Протокол", "PLANNED", "запланировано", true, null, null, null, 9, "CONSULTING",
                "Консультационная деятельность", "МБУ ДПО «МиРЦ»"))));
        mvc.perform(get("/monitoring/plans/" + planId).with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Совещание кураторов"), containsString("до 30.09.2025"),
                        containsString("просрочено"), containsString("name=\"status\""), containsString("Консультационная деятельность"),
                        containsString("МБУ ДПО «МиРЦ»"))));
        mvc.perform(get("/monitoring/plans/" + planId).with(as("department-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("просрочено"), not(containsString("name=\"status\"")))));
    }

    @Test
    void markingAnEventDoneSendsTheStatusAndEvidenceAndAServiceRefusalIsShownOnThePlan() throws Exception {
        UUID planId = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
        UUID eventId = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
        mvc.perform(post("/monitoring/plans/" + planId + "/events/" + eventId).with(as("coordinator")).with(csrf())
                        .param("status", "DONE").param("evidence", " Приказ № 12 ").param("evidenceUrl", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/monitoring/plans/" + planId + "#e-" + eventId));
        verify(monitoring).updateEvent(planId, eventId, "DONE", " Приказ № 12 ", "");
        when(monitoring.updateEvent(any(), any(), eq("DONE"), eq("x"), any())).thenThrow(new ServiceException(new ServiceProblem(422,
                "Нарушено правило", "Мероприятие отменено", List.of())));
        mvc.perform(post("/monitoring/plans/" + planId + "/events/" + eventId).with(as("coordinator")).with(csrf())
                        .param("status", "DONE").param("evidence", "x"))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("problem"));
        mvc.perform(post("/monitoring/plans/" + planId + "/events/" + eventId).with(as("department-viewer")).with(csrf())
                        .param("status", "DONE"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSchoolsStage1IsSentTypedAndAWrongAnswerIsShownNextToItsQuestion() throws Exception {
        schoolsAndPeople();
        when(monitoring.curatorQuestionnaire()).thenReturn(List.of(
                new MonitoringApi.CuratorItem("policy", 1, "Есть положение о наставничестве", "YES_NO"),
                new MonitoringApi.CuratorItem("share", 2, "Доля педагогов-наставников", "PERCENT"),
                new MonitoringApi.CuratorItem("note", 3, "Комментарий", "FREE_TEXT")));
        mvc.perform(post("/monitoring/stage1/schools/mil-sosh-2").with(as("school-admin")).with(csrf())
                        .param("year", "2025").param("a-policy", "true").param("a-share", "12,5").param("a-note", "")
                        .param("strengths", "Опытные педагоги\n\n  Сплочённый коллектив ").param("threats", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/monitoring/stage1/schools/mil-sosh-2?year=2025"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
        verify(monitoring).writeStage1(eq(2025), eq("mil-sosh-2"), body.capture());
        assertThat(body.getValue().get("answers")).isEqualTo(List.of(Map.of("itemKey", "policy", "value", true),
                Map.of("itemKey", "share", "value", 12.5)));
        assertThat(body.getValue().get("strengths")).isEqualTo(List.of("Опытные педагоги", "Сплочённый коллектив"));
        assertThat(body.getValue().get("threats")).isEqualTo(List.of());

        when(monitoring.writeStage1(eq(2025), eq("mil-sosh-2"), any())).thenThrow(new ServiceException(new ServiceProblem(422,
                "Нарушено правило", "Проверьте анкету куратора и SWOT-анализ",
                List.of(new ServiceProblem.FieldProblem("answers[0].value", null, "Доля — число от 0 до 100")))));
        mvc.perform(post("/monitoring/stage1/schools/mil-sosh-2").with(as("school-admin")).with(csrf())
                        .param("year", "2025").param("a-share", "сто"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"a-share-error\""),
                        containsString("Доля — число от 0 до 100"), containsString("value=\"сто\""),
                        containsString("Проверьте анкету куратора и SWOT-анализ"))));
        mvc.perform(post("/monitoring/stage1/schools/mil-sosh-2").with(as("department-viewer")).with(csrf()).param("year", "2025"))
                .andExpect(status().isForbidden());
    }
}
