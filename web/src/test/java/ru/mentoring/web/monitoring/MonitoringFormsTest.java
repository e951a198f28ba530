package ru.mentoring.web.monitoring;

import static ru.mentoring.web.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.multipart.MultipartFile;

import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.monitoring.MonitoringApi.CompetencyUpload;
import ru.mentoring.web.monitoring.MonitoringApi.EventView;
import ru.mentoring.web.monitoring.MonitoringApi.NewEvent;
import ru.mentoring.web.monitoring.MonitoringApi.School;

/** The competency scores upload and the form adding an event to a plan, with the services' answers mocked. */
@SpringBootTest(properties = {"platform.municipalities.millerovo=Миллеровский район",
        "platform.keycloak.url=http://localhost:8180", "platform.keycloak.client-secret=test-secret"})
@AutoConfigureMockMvc
class MonitoringFormsTest {

    private static final UUID PLAN = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
    private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-12-02T09:00:00Z");

    private final MockMvc mvc;

    @MockitoBean
    MonitoringService monitoring;

    MonitoringFormsTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeEach
    void schoolsAndPlan() {
        Map<String, School> schools = new LinkedHashMap<>();
        schools.put("mil-sosh-2", new School("mil-sosh-2", "МБОУ СОШ №2", null));
        when(monitoring.schools()).thenReturn(schools);
        MonitoringApi.Figures line = new MonitoringApi.Figures("mil-sosh-2", 6L, 6L, 5L, 50.5, 61.26, 21.3, false);
        when(monitoring.competency(anyInt(), any())).thenReturn(new MonitoringApi.CompetencySummary(2025, null, line, List.of(line)));
        MonitoringApi.PlanSummary plan = new MonitoringApi.PlanSummary(PLAN, 2025, null, CREATED, 0, Map.of(), 0);
        when(monitoring.plan(PLAN, false)).thenReturn(new MonitoringApi.Plan(plan, List.of()));
    }

    @Test
    void aStoredScoresFileIsConfirmedOnItsYearsPageAndARefusedOneShowsEachRowsReason() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "scores.csv", "text/csv", "teacher_key;school_code\n".getBytes());
        when(monitoring.uploadCompetency(any())).thenReturn(new CompetencyUpload(UUID.randomUUID(), 12, 10, 2,
                List.of("mil-sosh-2"), List.of(2025)));
        mvc.perform(multipart("/monitoring/competency").file(file).with(as("coordinator")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/monitoring/competency?year=2025"))
                .andExpect(flash().attribute("done", "Файл загружен: строк — 12, новых баллов — 10, заменено — 2; школ — 1."));
        ArgumentCaptor<MultipartFile> sent = ArgumentCaptor.forClass(MultipartFile.class);
        verify(monitoring).uploadCompetency(sent.capture());
        assertThat(sent.getValue().getOriginalFilename()).isEqualTo("scores.csv");

        when(monitoring.uploadCompetency(any())).thenThrow(new ServiceException(new ServiceProblem(422, "Unprocessable",
                "Файл не загружен: 1 строк с ошибками", List.of(new ServiceProblem.FieldProblem("score", 3,
                        "Балл — число от 0 до 1000 (не больше двух знаков после запятой)")))));
        mvc.perform(multipart("/monitoring/competency").file(file).with(as("coordinator")).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(containsString("Файл не загружен: 1 строк с ошибками"),
                        containsString("Строки с ошибками — файл не загружен, ничего не сохранено"),
                        containsString("Балл — число от 0 до 1000"), containsString("61,3"))));
    }

    @Test
    void noFileIsAskedForAndOnlyTheCoordinatorUploads() throws Exception {
        mvc.perform(multipart("/monitoring/competency").with(as("coordinator")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"file-error\""), containsString("Выберите файл CSV или XLSX"))));
        MockMultipartFile file = new MockMultipartFile("file", "scores.csv", "text/csv", "x".getBytes());
        mvc.perform(multipart("/monitoring/competency").file(file).with(as("school-admin")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/monitoring/competency").file(file).with(as("department-viewer")).with(csrf()))
                .andExpect(status().isForbidden());
        verify(monitoring, never()).uploadCompetency(any());
    }

    @Test
    void anEventIsAddedAsTypedAndARefusalKeepsWhatWasTypedWithTheReasonNextToTheField() throws Exception {
        when(monitoring.addEvent(eq(PLAN), any())).thenReturn(new EventView(EVENT, 1, "2.1", "Этап 2.1", "Мастер-класс наставников",
                null, "октябрь", null, "методист", "Проведён", "PLANNED", "запланировано", false, null, null, null, 10, null, null, null));
        mvc.perform(post("/monitoring/plans/" + PLAN + "/events").with(as("school-admin")).with(csrf())
                        .param("stage", " 2.1 ").param("event", "Мастер-класс наставников").param("form", "")
                        .param("monthText", "октябрь").param("dueMonth", "10").param("responsible", "методист")
                        .param("expectedResult", "Проведён"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/monitoring/plans/" + PLAN + "#e-" + EVENT))
                .andExpect(flash().attribute("done", "Мероприятие добавлено в план: Мастер-класс наставников."));
        verify(monitoring).addEvent(PLAN, new NewEvent("2.1", "Мастер-класс наставников", null, "октябрь", 10, "методист", "Проведён", null, null));

        when(monitoring.addEvent(eq(PLAN), any())).thenThrow(new ServiceException(new ServiceProblem(400, "Bad Request",
                "Проверьте поля запроса.", List.of(new ServiceProblem.FieldProblem("responsible", null, "Укажите ответственного")))));
        mvc.perform(post("/monitoring/plans/" + PLAN + "/events").with(as("coordinator")).with(csrf())
                        .param("stage", "3").param("event", "Итоговая конференция").param("monthText", "май").param("dueMonth", "5")
                        .param("responsible", "").param("expectedResult", "Отчёт"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Укажите ответственного"), containsString("id=\"responsible-error\""),
                        containsString("aria-invalid=\"true\""), containsString("Итоговая конференция"),
                        containsString("<option value=\"5\" selected=\"selected\">май</option>"))));
        mvc.perform(post("/monitoring/plans/" + PLAN + "/events").with(as("department-viewer")).with(csrf())
                        .param("stage", "3"))
                .andExpect(status().isForbidden());
    }
}
