package ru.mentoring.web.indexdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.indexdata.IndexDataApi.DataSet;
import ru.mentoring.web.indexdata.IndexDataApi.ImportReport;
import ru.mentoring.web.indexdata.IndexDataApi.RunSummary;
import ru.mentoring.web.security.KeycloakReachability;

/** The section's pages with the index service's answers given by a mock of the data layer. */
@SpringBootTest(properties = {"platform.municipalities.millerovo=Миллеровский район",
        "platform.keycloak.url=http://localhost:8180", "platform.keycloak.client-secret=test-secret"})
@AutoConfigureMockMvc
class IndexDataPagesTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-02T07:30:00Z");
    private static final UUID LOADED = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID CORRECTION = UUID.fromString("00000000-0000-0000-0000-000000000002");

    private final MockMvc mvc;

    @MockitoBean
    IndexDataService index;

    @MockitoBean
    OfficialListComparison official;

    /** Keycloak answers (the login redirect goes to it only then). */
    @MockitoBean
    KeycloakReachability keycloak;

    IndexDataPagesTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    private static OidcLoginRequestPostProcessor as(String role) {
        return oidcLogin().idToken(token -> token.claim("given_name", "Роман").claim("family_name", "Регионов")
                        .claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    private static final MockMultipartFile FILE = new MockMultipartFile("file", "values-2031.csv", "text/csv",
            "school_code,year,indicator_code,value\nmil-sosh-2,2031,OGE_MATH_AVG,3.5\n".getBytes(StandardCharsets.UTF_8));

    @BeforeEach
    void year() {
        when(index.thisYear()).thenReturn(2026);
    }

    @Test
    void theRegionAnalystStartsInTheSectionWhichTheMenuNowLinks() throws Exception {
        mvc.perform(get("/").with(as("region-analyst"))).andExpect(redirectedUrl("/index-data"));
        mvc.perform(get("/index-data").with(as("region-analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<a href=\"/index-data\" aria-current=\"page\" class=\"active\">Данные индекса</a>"),
                        not(containsString("(скоро)</small></span>\n    </li>\n  </ul>")))));
    }

    @Test
    void theLandingShowsEachYearsCurrentDataSetAndOffersTheRegionAnalystToMakeAnEarlierOneCurrent() throws Exception {
        DataSet correction = new DataSet(CORRECTION, "INDICATOR", 2025, "region", AT, "correction.csv", 1, 1, true, null, 0);
        DataSet loaded = new DataSet(LOADED, "INDICATOR", 2025, "region", AT.minusDays(3), "values-2025.csv", 1200, 200, false, AT, 1);
        when(index.years(2026)).thenReturn(List.of(new IndexDataService.YearLine(2025, correction, null)));
        when(index.dataSets(2025)).thenReturn(List.of(correction, loaded));
        when(index.latestRun(2025)).thenReturn(Optional.empty());

        String page = mvc.perform(get("/index-data").with(as("region-analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("correction.csv", "values-2025.csv", "02.12.2026 10:30", "1\u00a0200", "текущая",
                "Сделать текущей", "name=\"id\" value=\"" + LOADED + "\"").doesNotContain("value=\"" + CORRECTION + "\"");

        // a coordinator reads the versions but is not offered the switch (the service allows it to the region only)
        String coordinator = mvc.perform(get("/index-data").with(as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(coordinator).contains("values-2025.csv").doesNotContain("Сделать текущей");
    }

    @Test
    void makingAnEarlierDataSetCurrentGoesBackToTheYearAndSaysWhichVersionIsCurrentNow() throws Exception {
        DataSet loaded = new DataSet(LOADED, "INDICATOR", 2025, "region", AT.minusDays(3), "values-2025.csv", 1200, 200, true, null, 1);
        when(index.makeCurrent(2025, LOADED)).thenReturn(loaded);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/index-data/data-sets/current")
                        .param("year", "2025").param("id", LOADED.toString()).with(as("region-analyst")).with(csrf()))
                .andExpect(redirectedUrl("/index-data?year=2025"))
                .andExpect(flash().attribute("madeCurrent", loaded));

        when(index.years(2025)).thenReturn(List.of(new IndexDataService.YearLine(2025, loaded, null)));
        when(index.dataSets(2025)).thenReturn(List.of(loaded));
        when(index.latestRun(2025)).thenReturn(Optional.empty());
        mvc.perform(get("/index-data").param("year", "2025").with(as("region-analyst")).flashAttr("madeCurrent", loaded))
                .andExpect(content().string(allOf(containsString("Текущей снова стала версия"), containsString("«values-2025.csv»"),
                        containsString("29.11.2026 10:30"))));
    }

    @Test
    void aStoredUploadGoesBackToTheYearWithTheRowReport() throws Exception {
        when(index.upload(eq(2031), eq("INDICATOR"), any(), eq(false))).thenReturn(new ImportReport(2031, "INDICATOR", 132, 132,
                false, 0, 22, "Загружено значений: 132", UUID.randomUUID(), null, "values-2031.csv"));
        mvc.perform(multipart("/index-data/upload").file(FILE).param("year", "2031").param("kind", "INDICATOR")
                        .with(as("region-analyst")).with(csrf()))
                .andExpect(redirectedUrl("/index-data?year=2031"))
                .andExpect(flash().attributeExists("report"));

        when(index.years(2031)).thenReturn(List.of());
        when(index.latestRun(2031)).thenReturn(Optional.empty());
        mvc.perform(get("/index-data").param("year", "2031").with(as("region-analyst"))
                        .flashAttr("report", new ImportReport(2031, "INDICATOR", 132, 132, false, 0, 22, null, UUID.randomUUID(), null,
                                "values-2031.csv")))
                .andExpect(content().string(allOf(containsString("Файл загружен"), containsString("«values-2031.csv»"),
                        containsString("id=\"report-rows\">132<"), containsString("id=\"report-schools\">22<"))));
    }

    @Test
    void rejectedRowsAreListedWithTheirReasonsAndForHtmxTheFormComesBackAsASwappableAnswer() throws Exception {
        when(index.upload(eq(2031), eq("INDICATOR"), any(), eq(false))).thenThrow(new ServiceException(new ServiceProblem(422,
                "Файл не загружен", "Файл не загружен: ошибки в 2 строках. Ни одна строка не сохранена.", List.of(
                new ServiceProblem.FieldProblem("school_code", 2, "Школа no-such-school не найдена в когорте"),
                new ServiceProblem.FieldProblem("value", 3, "Значение должно быть числом")))));
        mvc.perform(multipart("/index-data/upload").file(FILE).param("year", "2031").param("kind", "INDICATOR")
                        .with(as("region-analyst")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Ни одна строка не сохранена."),
                        containsString("Строки с ошибками"), containsString("Школа no-such-school не найдена в когорте"),
                        containsString("Значение должно быть числом"), containsString("value=\"2031\""))));
        mvc.perform(multipart("/index-data/upload").file(FILE).param("year", "2031").param("kind", "INDICATOR")
                        .header("HX-Request", "true").with(as("region-analyst")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Push-Url", "false"))
                .andExpect(content().string(containsString("Значение должно быть числом")));
    }

    @Test
    void aFileThatLeavesOutMoreThanATenthOfTheSchoolsIsRefusedWithAnOfferToConfirmReplacingAll() throws Exception {
        String reason = "В файле нет значений 199 из 200 школ текущей версии; чтобы заменить все данные года, подтвердите: ?replace=all";
        when(index.upload(eq(2025), eq("INDICATOR"), any(), eq(false))).thenThrow(new ServiceException(new ServiceProblem(409,
                "Конфликт", reason, List.of(new ServiceProblem.FieldProblem("replace", null, reason)))));
        mvc.perform(multipart("/index-data/upload").file(FILE).param("year", "2025").with(as("region-analyst")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString(reason), containsString("name=\"replace\""),
                        containsString("id=\"replace-error\""))));

        when(index.upload(eq(2025), eq("INDICATOR"), any(), eq(true))).thenReturn(new ImportReport(2025, "INDICATOR", 1, 1,
                true, 1200, 1, null, CORRECTION, LOADED, "values-2031.csv"));
        mvc.perform(multipart("/index-data/upload").file(FILE).param("year", "2025").param("replace", "true")
                        .with(as("region-analyst")).with(csrf()))
                .andExpect(redirectedUrl("/index-data?year=2025"));
    }

    @Test
    void aCoordinatorWhomTheServiceDoesNotLetWriteSeesTheServicesOwnWords() throws Exception {
        when(index.upload(anyInt(), any(), any(), eq(false))).thenThrow(new ServiceException(new ServiceProblem(403,
                "Доступ запрещён", "Недостаточно прав для этого действия", List.of())));
        mvc.perform(multipart("/index-data/upload").file(FILE).param("year", "2031").with(as("coordinator")).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Недостаточно прав для этого действия")));
    }

    @Test
    void aMissingFileOrYearIsSaidNextToItsFieldWithoutAskingTheService() throws Exception {
        mvc.perform(multipart("/index-data/upload").param("year", "двадцать").with(as("region-analyst")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"year-error\""), containsString("aria-invalid=\"true\""))));
        mvc.perform(multipart("/index-data/upload").param("year", "2031").with(as("region-analyst")).with(csrf()))
                .andExpect(content().string(allOf(containsString("Выберите файл CSV или XLSX"),
                        containsString("aria-describedby=\"file-hint file-error\""), containsString("id=\"file-error\""))));
        verify(index, never()).upload(anyInt(), any(), any(), org.mockito.ArgumentMatchers.anyBoolean());
    }

    @Test
    void aRunGoesBackToTheYearAndItsResultsDownloadAsTheServicesWorkbook() throws Exception {
        when(index.classify(2031, "demo-2024")).thenReturn(new RunSummary(UUID.randomUUID(), 2031, "demo-2024", AT, "region", 200));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/index-data/run")
                        .param("year", "2031").param("methodology", "demo-2024").with(as("region-analyst")).with(csrf()))
                .andExpect(redirectedUrl("/index-data?year=2031")).andExpect(flash().attributeExists("runDone"));

        byte[] xlsx = {'P', 'K', 3, 4};
        when(index.spreadsheet(2031)).thenReturn(ResponseEntity.ok()
                .header("Content-Type", IndexDataService.XLSX)
                .header("Content-Disposition", "attachment; filename=\"classification-2031.xlsx\"").body(xlsx));
        mvc.perform(get("/index-data/2031/classification.xlsx").with(as("region-analyst")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", IndexDataService.XLSX))
                .andExpect(content().bytes(xlsx));
    }

    @Test
    void theSectionIsNotForASchoolAdministrator() throws Exception {
        mvc.perform(get("/index-data").with(as("school-admin"))).andExpect(status().isForbidden());
    }

    @Test
    void anHtmxRequestWhoseTokenCanNoLongerBeRefreshedReloadsThePageRatherThanSwappingInKeycloaksPage() throws Exception {
        when(index.classify(2031, "demo-2024")).thenThrow(new ClientAuthorizationRequiredException("keycloak"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/index-data/run")
                        .param("year", "2031").param("methodology", "demo-2024").header("HX-Request", "true")
                        .header("HX-Current-URL", "http://localhost:8080/index-data/run?year=2031")
                        .with(as("region-analyst")).with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/index-data/run?year=2031"))
                .andExpect(header().doesNotExist("Location"));
        // the same without htmx: to Keycloak, as any page
        when(keycloak.answers()).thenReturn(true);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/index-data/run")
                        .param("year", "2031").param("methodology", "demo-2024").with(as("region-analyst")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/realms/mentoring/protocol/openid-connect/auth")));
    }

    @Test
    void anHtmxPostAfterTheSessionExpiredReloadsThePageInsteadOfFailingSilentlyOnItsCsrfToken() throws Exception {
        // the session is gone: its CSRF token with it
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/index-data/run")
                        .param("year", "2031").param("methodology", "demo-2024").param("_csrf", "token-of-a-lost-session")
                        .header("HX-Request", "true").header("HX-Current-URL", "http://localhost:8080/index-data?year=2031"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/index-data?year=2031"));
        // a plain form post with a wrong token stays refused
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/index-data/run")
                        .param("year", "2031").param("_csrf", "wrong").with(as("region-analyst")))
                .andExpect(status().isForbidden());
        verify(index, never()).classify(anyInt(), any());
    }
}
