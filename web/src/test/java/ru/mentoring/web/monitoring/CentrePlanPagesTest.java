package ru.mentoring.web.monitoring;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.web.TestLogins.as;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.monitoring.MonitoringApi.Centre;
import ru.mentoring.web.monitoring.MonitoringApi.EventView;
import ru.mentoring.web.monitoring.MonitoringApi.NewEvent;
import ru.mentoring.web.monitoring.MonitoringApi.Plan;
import ru.mentoring.web.monitoring.MonitoringApi.PlanSummary;
import ru.mentoring.web.monitoring.MonitoringApi.RoadmapTable;
import ru.mentoring.web.monitoring.MonitoringApi.SchoolRoadmap;
import ru.mentoring.web.monitoring.MonitoringApi.StaffMember;

/** The centre's page, the plan's activity column and filter, an event's edit form and the roadmaps table, the service mocked. */
@SpringBootTest(properties = {"platform.municipalities.millerovo=Миллеровский район",
        "platform.keycloak.url=http://localhost:8180", "platform.keycloak.client-secret=test-secret"})
@AutoConfigureMockMvc
class CentrePlanPagesTest {

    private static final UUID PLAN = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-02T09:00:00Z");
    private static final Centre CENTRE = new Centre(true, "МНЦ Миллеровского района", "Орлова Вера Ивановна", "специалист",
            List.of(new StaffMember("Гусев Павел Андреевич", "заместитель директора", "MENTOR", "наставник – член управленческой команды")),
            AT);

    private final MockMvc mvc;

    @MockitoBean
    MonitoringService monitoring;

    CentrePlanPagesTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    private static EventView event(String activity, String label, String place) {
        return new EventView(EVENT, 1, "1", "Этап 1", "Установочное совещание", "Совещание", "Октябрь", LocalDate.of(2025, 10, 31),
                "Руководитель МНЦ", "Определена цель", "PLANNED", "запланировано", true, null, null, null, 10, activity, label, place);
    }

    @Test
    void theCentreShowsItsPeopleWithTheSeedsRolesAndOnlyTheCoordinatorGetsTheForms() throws Exception {
        when(monitoring.centre()).thenReturn(CENTRE);
        mvc.perform(get("/monitoring/centre").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("МНЦ Миллеровского района"), containsString("Орлова Вера Ивановна"),
                        containsString("наставник – член управленческой команды"), containsString("id=\"staff-form\""),
                        containsString("02.12.2026"))));
        mvc.perform(get("/monitoring/centre").with(as("department-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Гусев Павел Андреевич"), not(containsString("id=\"staff-form\"")),
                        not(containsString("id=\"centre-form\"")))));
        mvc.perform(get("/monitoring/centre").with(as("school-admin"))).andExpect(status().isForbidden());
    }

    @Test
    void addingAPersonSendsTheWholeCentreAndARefusalComesBackNextToTheField() throws Exception {
        when(monitoring.centre()).thenReturn(CENTRE);
        mvc.perform(post("/monitoring/centre/staff").with(as("coordinator")).with(csrf())
                        .param("fullName", "Зайцева Нина Олеговна").param("position", "методист").param("role", "CURATOR"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/monitoring/centre"))
                .andExpect(flash().attribute("done", "В состав центра добавлен(а): Зайцева Нина Олеговна."));
        verify(monitoring).saveCentre("МНЦ Миллеровского района", "Орлова Вера Ивановна", "специалист", List.of(CENTRE.staff().getFirst(),
                new StaffMember("Зайцева Нина Олеговна", "методист", "CURATOR", null)));

        when(monitoring.saveCentre(any(), any(), any(), any())).thenThrow(new ServiceException(new ServiceProblem(400, "Bad Request",
                "Проверьте поля запроса.", List.of(new ServiceProblem.FieldProblem("staff[1].fullName", null, "Укажите фамилию, имя, отчество")))));
        mvc.perform(post("/monitoring/centre/staff").with(as("coordinator")).with(csrf())
                        .param("fullName", "").param("position", "методист МиРЦ").param("role", "CURATOR"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"fullName-error\""), containsString("Укажите фамилию, имя, отчество"),
                        containsString("методист МиРЦ"), containsString("<option value=\"CURATOR\" selected=\"selected\">"))));
        mvc.perform(post("/monitoring/centre/staff").with(as("department-viewer")).with(csrf()).param("fullName", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePlanShowsActivityAndPlaceAndFiltersByActivity() throws Exception {
        PlanSummary summary = new PlanSummary(PLAN, 2025, null, AT, 40, Map.of("PLANNED", 40L), 1);
        when(monitoring.plan(PLAN, false, "PROJECT")).thenReturn(new Plan(summary,
                List.of(event("PROJECT", "Проектная деятельность", "МБУ ДПО «МиРЦ»"))));
        mvc.perform(get("/monitoring/plans/" + PLAN).param("activity", "PROJECT").with(as("department-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("План работы муниципального наставнического центра"),
                        containsString("<option value=\"PROJECT\" selected=\"selected\">Проектная деятельность</option>"),
                        containsString("МБУ ДПО «МиРЦ»"), not(containsString("Изменить")))));
        when(monitoring.plan(PLAN, false)).thenReturn(new Plan(summary, List.of(event(null, null, null))));
        // an unknown activity is no filter
        mvc.perform(get("/monitoring/plans/" + PLAN).param("activity", "SPORT").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Изменить")));
        verify(monitoring, never()).plan(PLAN, false, "SPORT");
    }

    @Test
    void anEventsEditFormKeepsWhatWasTypedOnARefusalAndSavesTheActivityAndPlace() throws Exception {
        PlanSummary summary = new PlanSummary(PLAN, 2025, null, AT, 40, Map.of("PLANNED", 40L), 1);
        when(monitoring.plan(PLAN, false)).thenReturn(new Plan(summary, List.of(event("CONSULTING", "Консультационная деятельность", null))));
        mvc.perform(get("/monitoring/plans/" + PLAN + "/events/" + EVENT + "/edit").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Установочное совещание"),
                        containsString("<option value=\"CONSULTING\" selected=\"selected\">"))));
        when(monitoring.editEvent(eq(PLAN), eq(EVENT), any())).thenReturn(event("PROJECT", "Проектная деятельность", "МиРЦ"));
        mvc.perform(post("/monitoring/plans/" + PLAN + "/events/" + EVENT + "/edit").with(as("coordinator")).with(csrf())
                        .param("stage", "1").param("event", "Установочное совещание").param("monthText", "Октябрь").param("dueMonth", "10")
                        .param("responsible", "Руководитель МНЦ").param("expectedResult", "Определена цель").param("activity", "PROJECT")
                        .param("place", " МиРЦ "))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/monitoring/plans/" + PLAN + "#e-" + EVENT));
        verify(monitoring).editEvent(PLAN, EVENT, new NewEvent("1", "Установочное совещание", null, "Октябрь", 10, "Руководитель МНЦ",
                "Определена цель", "PROJECT", "МиРЦ"));
        when(monitoring.editEvent(eq(PLAN), eq(EVENT), any())).thenThrow(new ServiceException(new ServiceProblem(400, "Bad Request",
                "Проверьте поля запроса.", List.of(new ServiceProblem.FieldProblem("place", null, "Не длиннее 300 символов")))));
        mvc.perform(post("/monitoring/plans/" + PLAN + "/events/" + EVENT + "/edit").with(as("coordinator")).with(csrf())
                        .param("stage", "1").param("event", "Совещание X").param("monthText", "Октябрь").param("responsible", "МНЦ")
                        .param("expectedResult", "Цель").param("place", "длинное место"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"place-error\""), containsString("Совещание X"),
                        containsString("длинное место"))));
        mvc.perform(get("/monitoring/plans/" + PLAN + "/events/" + EVENT + "/edit").with(as("department-viewer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRoadmapsTableNamesSchoolsAndMarksThoseWithoutARoadmap() throws Exception {
        when(monitoring.roadmaps(2025)).thenReturn(new RoadmapTable(2025, List.of(
                new SchoolRoadmap("mil-sosh-2", "МБОУ СОШ №2", false, null, 0, 0, 0, true),
                new SchoolRoadmap("mil-sosh-4", "МБОУ СОШ №4", true, PLAN, 3, 2, 1, true)), null));
        mvc.perform(get("/monitoring/roadmaps").param("year", "2025").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("МБОУ СОШ №2"), containsString(">нет<"),
                        containsString("/monitoring/plans/" + PLAN), not(containsString("mil-sosh-2")))));
        mvc.perform(get("/monitoring/roadmaps").with(as("school-admin"))).andExpect(status().isForbidden());
    }
}
