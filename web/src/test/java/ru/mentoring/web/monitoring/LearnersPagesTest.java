package ru.mentoring.web.monitoring;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.web.TestLogins.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.monitoring.LearnersApi.Measure;
import ru.mentoring.web.monitoring.LearnersApi.Results;
import ru.mentoring.web.monitoring.LearnersApi.Status;
import ru.mentoring.web.monitoring.MonitoringApi.School;

/** The learners' results page and its upload, with the services' answers mocked. */
@SpringBootTest(properties = {"platform.municipalities.millerovo=Миллеровский район",
        "platform.keycloak.url=http://localhost:8180", "platform.keycloak.client-secret=test-secret"})
@AutoConfigureMockMvc
class LearnersPagesTest {

    private final MockMvc mvc;

    @MockitoBean
    MonitoringService monitoring;

    @MockitoBean
    GatewayClient gateway;

    LearnersPagesTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    static Results results(boolean suppressed) {
        return suppressed
                ? new Results(2025, null, null, null, null,
                        List.of(new Measure("AVERAGE_MARK", "Средний балл", null, null, null, null, null, null, null, null)),
                        List.of(new Status("ON_REGISTER", "Состоят на учёте", null, null, null, null, null, null)), "Метод", true)
                : new Results(2025, null, 5L, 5L, 5L,
                        List.of(new Measure("AVERAGE_MARK", "Средний балл", 3.2, 3.9, 0.7, 4, 1, 0, 0.125, false)),
                        List.of(new Status("ON_REGISTER", "Состоят на учёте", 3, 1, 0, 2, 0.5, false)), "Метод", false);
    }

    @BeforeEach
    void schools() {
        Map<String, School> schools = new LinkedHashMap<>();
        schools.put("mil-sosh-2", new School("mil-sosh-2", "МБОУ СОШ №2", null));
        when(monitoring.schools()).thenReturn(schools);
    }

    @Test
    void theResultsShowMeansWithDecimalCommasAndHiddenFiguresAsSmallCells() throws Exception {
        when(gateway.get(eq(Results.class), anyString(), any(Object[].class))).thenReturn(results(false));
        mvc.perform(get("/monitoring/learners").param("year", "2031").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Средний балл"), containsString(">3,2<"),
                        containsString(">3,9<"), containsString("Состоят на учёте"), containsString("0,125"),
                        containsString("Загрузить показатели обучающихся"),
                        containsString("<option value=\"2031\" selected=\"selected\">"))));
        when(gateway.get(eq(Results.class), anyString(), any(Object[].class))).thenReturn(results(true));
        mvc.perform(get("/monitoring/learners").param("year", "2025").with(as("department-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("&lt;5"), not(containsString(">3,2<")),
                        not(containsString("Загрузить показатели обучающихся")))));
    }

    @Test
    void aStoredFileIsConfirmedOnItsYearsPageAndARefusedOneShowsEachRowsReason() throws Exception {
        when(gateway.get(eq(Results.class), anyString(), any(Object[].class))).thenReturn(results(false));
        MockMultipartFile file = new MockMultipartFile("file", "pupils.csv", "text/csv", "participant_id\n".getBytes());
        when(gateway.postMultipart(eq(LearnersApi.Upload.class), any(), eq("file"), eq("/api/monitoring/learners")))
                .thenReturn(new LearnersApi.Upload(UUID.randomUUID(), 10, 8, 2, List.of("mil-sosh-2"), List.of(2025)));
        mvc.perform(multipart("/monitoring/learners").file(file).with(as("school-admin")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/monitoring/learners?year=2025"))
                .andExpect(flash().attribute("done", "Файл загружен: строк — 10, новых — 8, заменено — 2."));

        when(gateway.postMultipart(eq(LearnersApi.Upload.class), any(), eq("file"), eq("/api/monitoring/learners")))
                .thenThrow(new ServiceException(new ServiceProblem(422, "Unprocessable", "Файл не загружен: исправьте отмеченные строки.",
                        List.of(new ServiceProblem.FieldProblem("average_mark", 3,
                                "Средний балл — число от 1 до 5 (не больше двух знаков после запятой)")))));
        mvc.perform(multipart("/monitoring/learners").file(file).with(as("coordinator")).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(allOf(containsString("Файл не загружен: исправьте отмеченные строки."),
                        containsString("Средний балл — число от 1 до 5"))));
    }

    @Test
    void aDepartmentViewerDoesNotUpload() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "pupils.csv", "text/csv", "x".getBytes());
        mvc.perform(multipart("/monitoring/learners").file(file).with(as("department-viewer")).with(csrf()))
                .andExpect(status().isForbidden());
        verify(gateway, never()).postMultipart(any(), any(), any(), any());
    }
}
