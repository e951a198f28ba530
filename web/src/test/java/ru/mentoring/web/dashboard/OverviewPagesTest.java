package ru.mentoring.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ru.mentoring.web.gateway.ConcurrentReads;
import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.registry.RegistryLabels;

/** The overview's figures as the services give them, drawn and tabled; a missing part is named, the rest shown. */
@SpringBootTest(properties = {"platform.municipalities.millerovo=Миллеровский район",
        "platform.keycloak.url=http://localhost:8180", "platform.keycloak.client-secret=test-secret"})
@AutoConfigureMockMvc
class OverviewPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    @MockitoBean
    GatewayClient gateway;

    OverviewPagesTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    private static OidcLoginRequestPostProcessor as(String role) {
        return oidcLogin().idToken(token -> token.claim("given_name", "Олег").claim("family_name", "Управленцев")
                        .claim("municipality", "millerovo").claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @SuppressWarnings("unchecked")
    private void services() {
        for (int y : new int[] {2023, 2024, 2025}) {
            when(gateway.get(JsonNode.class, "/api/monitoring/targets?programmeYear={year}&bySchool=false", y)).thenReturn(json("""
                    {"targets":[{"code":"YOUNG_WITH_MENTOR","title":"Доля молодых педагогов с наставником","unit":"%%","target":70,
                      "value":%s,"met":%s},
                      {"code":"LEARNERS_REGISTER_FALL","title":"Снижение числа обучающихся состоящих на различных видах учета",
                       "unit":"чел.","target":0,"value":-3,"met":false,"direction":"FALL"}]}""".formatted(y == 2023 ? "null" : y == 2024 ? "60.0" : "75.5",
                    y == 2023 ? "null" : y == 2024 ? "false" : "true")));
        }
        when(gateway.get(JsonNode.class, "/api/index/municipalities/{m}/low-results-trend", "millerovo")).thenReturn(json("""
                {"years":[{"year":2024,"lowResultsCount":5,"schoolCount":20,"changePercent":null,"targetMet":null},
                          {"year":2025,"lowResultsCount":2,"schoolCount":20,"changePercent":-60.0,"targetMet":true}]}"""));
        when(gateway.get(any(ParameterizedTypeReference.class), eq("/api/index/schools"))).thenReturn(List.of(
                json("{\"code\":\"mil-sosh-2\",\"name\":\"МБОУ СОШ № 2\"}"), json("{\"code\":\"mil-gymnasium-1\",\"name\":\"Гимназия № 1\"}")));
        when(gateway.listOrEmpty(any(ParameterizedTypeReference.class), eq("/api/index/years/{year}/classification"), eq(2025)))
                .thenReturn(List.of(json("""
                        {"schoolCode":"mil-sosh-2","ior":-0.41,"isbsh":0.62,"statuses":["LOW_RESULTS","UNFAVOURABLE_SOCIAL"],
                         "explanation":{"ior":{"value":-0.41,"quartile":1,"boundaries":{"p25":-0.3,"p50":0.0,"p75":0.3}},
                                        "isbsh":{"boundaries":{"p25":0.2,"p50":0.4,"p75":0.6}}}}"""),
                        json("{\"schoolCode\":\"mil-gymnasium-1\",\"ior\":0.9,\"isbsh\":0.1,\"statuses\":[\"STABLY_HIGH\"]}")));
        when(gateway.get(JsonNode.class, "/api/monitoring/dynamics?programmeYear={year}", 2025)).thenReturn(json("""
                {"tables":[{"role":"MENTEE","items":[
                  {"text":"Ощущение поддержки","pairs":12,"meanBefore":4.5,"meanAfter":8.0,"pValue":0.002,"significant":true},
                  {"text":"Интерес к профессии","pairs":null,"meanBefore":null,"meanAfter":null,"pValue":null,"significant":null,"suppressed":true}]}]}"""));
    }

    @Test
    void theDepartmentSeesEachChartWithItsTableMetAndNotMetAndHiddenSmallCells() throws Exception {
        services();

        String page = mvc.perform(get("/dashboard").param("year", "2025").with(as("department-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Обзор района"), containsString("Миллеровский район"),
                        containsString("Доля молодых педагогов с наставником"), containsString("75,5"),
                        containsString("выполнена"), containsString("рост"),
                        // a learners' target's goal is its direction, not «0 чел.»
                        containsString(">значимое снижение</td>"), not(containsString(">0,0 чел.</td>")),
                        containsString("Доля школ ШНОР по годам"), containsString("25"), containsString("−60"),
                        containsString("МБОУ СОШ № 2"), containsString("&lt;5"), containsString("значимое"),
                        not(containsString("mil-sosh-2\"&gt;")))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("<svg", -1)).hasSize(5);
        // the school's name, never its code, in the scatter's dot
        assertThat(page).contains("МБОУ СОШ № 2: ИОР −0,41, ИСБШ 0,62").contains("href=\"/schools/mil-sosh-2\"");
    }

    @SuppressWarnings("unchecked")
    private void registryAndMonitoringCounts() {
        when(gateway.get(JsonNode.class, "/api/registry/statistics/municipality")).thenReturn(json("""
                {"participantsByKind":{"TEACHER":40,"STUDENT":null,"PARENT":0,"PARTNER":null},"participants":44,
                 "activePairsByForm":{"TEACHER_TEACHER":12,"TEACHER_STUDENT":0},"activePairsByStage":{"PREPARATORY":5,"DESIGN":7},
                 "activePairs":12,"mentorBank":15,"menteeBank":null,
                 "suppressedFigures":["participantsByKind.STUDENT","participantsByKind.PARTNER","menteeBank"]}"""));
        when(gateway.get(JsonNode.class, "/api/registry/pairs/catalog")).thenReturn(json("""
                {"forms":[{"code":"TEACHER_TEACHER","label":"педагог – педагог"},{"code":"TEACHER_STUDENT","label":"учитель – ученик"}],
                 "statuses":[{"code":"PREPARATORY","label":"подготовительный"},{"code":"DESIGN","label":"проектировочный"}]}"""));
        when(gateway.get(JsonNode.class, "/api/monitoring/assessment?programmeYear={year}", 2025)).thenReturn(json("""
                {"tables":[{"role":"MENTEE","byForm":[
                  {"key":"TEACHER_TEACHER","label":"педагог – педагог","respondents":12,"satisfiedWithJointWorkPercent":83.3,
                   "satisfiedWithResultPercent":75.0,"suppressed":false},
                  {"key":"TEACHER_STUDENT","label":"учитель – ученик","respondents":null,"suppressed":true},
                  {"key":"STUDENT_STUDENT","label":"ученик – ученик","respondents":0,"suppressed":false}]}]}"""));
        when(gateway.listOrEmpty(any(ParameterizedTypeReference.class), eq("/api/monitoring/plans?programmeYear={year}"), eq(2025)))
                .thenReturn(List.of());
    }

    @Test
    void pairsParticipantsBanksAndSatisfactionAreChartsWithTablesAndAnEmptyPlanSaysSo() throws Exception {
        services();
        registryAndMonitoringCounts();

        String page = mvc.perform(get("/dashboard").param("year", "2025").with(as("department-viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Действующие пары по формам наставничества", "педагог – педагог", "проектировочный",
                "Участники по категориям", "обучающийся", "Базы наставников и наставляемых", "База наставляемых",
                "Удовлетворённость участников по формам наставничества, 2025", "83,3", "учитель – ученик",
                "Выполнение плана мероприятий, 2025", "/dashboard/figures/participants.xlsx?year=2025")
                .doesNotContain("TEACHER_TEACHER", "PREPARATORY", "ученик – ученик");
        // four first figures, then pairs by form and by stage, participants, banks, satisfaction; the empty plan has none
        assertThat(page.split("<svg", -1)).hasSize(10);
        assertThat(page.split("&lt;5", -1).length - 1).isGreaterThanOrEqualTo(4);
        assertThat(page).containsPattern("id=\"figure-plan\"[\\s\\S]*Нет данных\\.");
    }

    @Test
    void eachFigureDownloadsAsAWorkbookWithRussianHeadersNamesAndNumbers() throws Exception {
        services();
        registryAndMonitoringCounts();

        byte[] xlsx = mvc.perform(get("/dashboard/figures/participants.xlsx").param("year", "2025").with(as("department-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(OverviewController.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("Участники по категориям", "Миллеровский район");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Категория");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("педагог");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(40.0);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("<5");
        }
        byte[] targets = mvc.perform(get("/dashboard/figures/targets.xlsx").param("year", "2025").with(as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(targets))) {
            var row = book.getSheetAt(0).getRow(2);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Доля молодых педагогов с наставником");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(75.5);
        }
        mvc.perform(get("/dashboard/figures/no-such-figure.xlsx").param("year", "2025").with(as("coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/figures/targets.xlsx").with(as("school-admin"))).andExpect(status().isForbidden());
    }

    @Test
    void aServiceThatDoesNotAnswerIsNamedAndTheRestIsShown() throws Exception {
        services();
        when(gateway.get(JsonNode.class, "/api/monitoring/dynamics?programmeYear={year}", 2025))
                .thenThrow(new ServiceException(new ServiceProblem(503, null, null, List.of())));

        mvc.perform(get("/dashboard").param("year", "2025").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Не удалось получить: <span>динамика до и после</span>"),
                        containsString("Доля молодых педагогов с наставником"))));
    }

    @Test
    void aSchoolAdministratorHasNoOverview() throws Exception {
        mvc.perform(get("/dashboard").with(as("school-admin"))).andExpect(status().isForbidden());
    }

    @Test
    void theTrendComparesTheLastTwoYearsThatHaveAValue() {
        assertThat(OverviewService.trend(Arrays.asList(50.0, null, 60.0))).isEqualTo("рост");
        assertThat(OverviewService.trend(Arrays.asList(null, 70.0, 60.0))).isEqualTo("снижение");
        assertThat(OverviewService.trend(Arrays.asList(null, 60.0, 60.02))).isEqualTo("без изменений");
        assertThat(OverviewService.trend(Arrays.asList(null, null, 60.0))).isNull();
    }

    @Test
    void aYearWithoutARunIsNotAnError() {
        when(gateway.get(JsonNode.class, "/api/index/years/{year}/classification/summary", 2026)).thenThrow(new NotFoundException("x"));
        assertThat(new OverviewService(gateway, new ConcurrentReads(), new RegistryLabels()).latestYear(2026)).isEqualTo(2025);
    }
}
