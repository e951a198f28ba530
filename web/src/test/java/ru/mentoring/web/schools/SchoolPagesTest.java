package ru.mentoring.web.schools;

import static ru.mentoring.web.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.indexdata.OfficialListComparison;
import ru.mentoring.web.security.KeycloakReachability;

/** The pages' security and rendering, with the services' answers given by a mock of the data layer. */
@SpringBootTest(properties = {"platform.municipalities.millerovo=Миллеровский район",
        "platform.keycloak.url=http://localhost:8180", "platform.keycloak.client-secret=test-secret"})
@AutoConfigureMockMvc
class SchoolPagesTest {

    private final MockMvc mvc;

    @MockitoBean
    SchoolsService schools;

    @MockitoBean
    OfficialListComparison official;

    @MockitoBean
    KeycloakReachability keycloak;

    SchoolPagesTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void aPageWithoutASessionGoesToTheKeycloakLogin() throws Exception {
        mvc.perform(get("/schools")).andExpect(status().isFound())
                .andExpect(header().string("Location", "/oauth2/authorization/keycloak"));
    }

    @Test
    void anHtmxRequestWithoutASessionReloadsThePageItCameFromInsteadOfFollowingARedirect() throws Exception {
        mvc.perform(get("/schools").header("HX-Request", "true").header("HX-Current-URL", "http://localhost:8080/schools?page=2"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/schools?page=2"));
        mvc.perform(get("/schools").header("HX-Request", "true").header("HX-Current-URL", "https://evil.example"))
                .andExpect(header().string("HX-Redirect", "/"));
    }

    @Test
    void theLoginGoesToKeycloakWithPkceAndInRussian() throws Exception {
        when(keycloak.answers()).thenReturn(true);
        mvc.perform(get("/oauth2/authorization/keycloak")).andExpect(status().isFound())
                .andExpect(header().string("Location", allOf(
                        startsWith("http://localhost:8180/realms/mentoring/protocol/openid-connect/auth?"),
                        containsString("client_id=mentoring-web"), containsString("code_challenge="),
                        containsString("code_challenge_method=S256"), containsString("ui_locales=ru"),
                        containsString("redirect_uri=http://localhost/login/oauth2/code/keycloak"))));
    }

    @Test
    void theLoginWhileKeycloakDoesNotAnswerIsOurPageThatSaysSoNotTheBrowsersError() throws Exception {
        when(keycloak.answers()).thenReturn(false);
        mvc.perform(get("/oauth2/authorization/keycloak")).andExpect(status().isFound())
                .andExpect(header().string("Location", "/login-unavailable"));
        mvc.perform(get("/login-unavailable"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(content().string(allOf(containsString("Вход временно недоступен"),
                        containsString("Те, кто уже вошёл, продолжают работать"))));
    }

    @Test
    void theSchoolsTableShowsNamesStatusLabelsAndDecimalCommasNeverCodes() throws Exception {
        when(schools.latestRun()).thenReturn(Optional.of(new IndexApi.RunSummary(2025, "v2025",
                OffsetDateTime.parse("2026-12-02T09:00:00Z"), 22)));
        when(schools.rows(org.mockito.ArgumentMatchers.any())).thenReturn(List.of(
                new SchoolTable.Row("mil-sosh-2", "МБОУ СОШ №2", 0.73456, 4, 0.2, 1, List.of("RESILIENT")),
                new SchoolTable.Row("mil-sosh-4", "МБОУ СОШ №4", 0.1, 1, null, null, List.of("LOW_RESULTS", "STABLY_LOW"))));
        mvc.perform(get("/schools").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("МБОУ СОШ №2"), containsString("0,735"),
                        containsString("Резильентная"), containsString("ШНОР"), containsString("Стабильно низкие"),
                        containsString("02.12.2026"), containsString("Ирина Координаторова"),
                        containsString("Муниципальный координатор"), containsString("Миллеровский район"),
                        not(containsString(">mil-sosh-2<")), not(containsString("LOW_RESULTS<")))));
    }

    @Test
    void theSchoolsListShowsWhichSchoolsAreOnlyInTheOfficialListAndWhichOnlyInTheComputedOne() throws Exception {
        when(schools.latestRun()).thenReturn(Optional.of(new IndexApi.RunSummary(2025, "v2025",
                OffsetDateTime.parse("2026-12-02T09:00:00Z"), 22)));
        when(schools.rows(org.mockito.ArgumentMatchers.any())).thenReturn(List.of());
        when(official.of(2025)).thenReturn(Optional.of(new OfficialListComparison.Named(2025, List.of("МБОУ СОШ №5"),
                List.of("МБОУ СОШ №2"), List.of("МБОУ СОШ №4"))));
        String page = mvc.perform(get("/schools").with(as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Официальный перечень ШНОР за <span>2025</span> год и расчёт");
        assertThat(page.substring(page.indexOf("id=\"only-official\""), page.indexOf("id=\"only-computed\"")))
                .contains("МБОУ СОШ №2").doesNotContain("МБОУ СОШ №4");
        assertThat(page.substring(page.indexOf("id=\"only-computed\""), page.indexOf("id=\"in-both\"")))
                .contains("МБОУ СОШ №4").doesNotContain("МБОУ СОШ №2");
    }

    @Test
    void aSchoolsCardShowsItsYearsAndWhyEachStatusWasGiven() throws Exception {
        List<IndexApi.SchoolYear> years = List.of(
                new IndexApi.SchoolYear(2023, "v1", 0.3, 2, 0.5, 2, List.of()),
                new IndexApi.SchoolYear(2024, "v1", 0.2, 1, 0.5, 2, List.of("LOW_RESULTS")),
                new IndexApi.SchoolYear(2025, "v1", 0.1, 1, 0.1, 1, List.of("LOW_RESULTS", "UNFAVOURABLE_SOCIAL")));
        when(schools.card("mil-sosh-4")).thenReturn(new SchoolCard("МБОУ СОШ №4", "Полное имя школы №4",
                "Средняя общеобразовательная школа", true, false, "millerovo", years, years.get(2),
                List.of(new SchoolCard.Reason("ШНОР: школа с низкими образовательными результатами", "ИОР за 2025 год ниже p25"),
                        new SchoolCard.Reason("ШНСУ: школа, функционирующая в неблагоприятных социальных условиях", null)),
                new SchoolCard.Boundaries(0.25, 0.5, 0.75, 0.2, 0.4, 0.6, 0.49, null, null)));
        mvc.perform(get("/schools/mil-sosh-4").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>МБОУ СОШ №4</h1>"), containsString("Полное имя школы №4"),
                        containsString("Миллеровский район"), containsString("сельская"), containsString("Результаты за три года"),
                        containsString("ИОР за 2025 год ниже p25"), containsString("Пояснение не сохранено."),
                        containsString("0,25"), containsString("0,49"), containsString("Q1"), containsString("← Школы района"))));
    }

    @Test
    void theDistrictsListIsNotForASchoolAdministrator() throws Exception {
        mvc.perform(get("/schools").with(as("school-admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSchoolTheServicesDoNotShowIsNotFoundWithTheSameWordsAsAMissingOne() throws Exception {
        when(schools.card("mil-sosh-4")).thenThrow(new NotFoundException("/api/index/schools/mil-sosh-4"));
        when(schools.card("no-such")).thenThrow(new NotFoundException("/api/index/schools/no-such"));
        String other = mvc.perform(get("/schools/mil-sosh-4").with(as("school-admin")))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("Не найдено")))
                .andExpect(content().string(containsString("Ирина Координаторова"))) // the layout's header is there too
                .andReturn().getResponse().getContentAsString();
        String missing = mvc.perform(get("/schools/no-such").with(as("school-admin")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        // the page (each response has its own CSRF token in the head, so the main part is compared)
        assertThat(main(other)).isEqualTo(main(missing));
        assertThat(other).doesNotContain("mil-sosh-4");
    }

    private static String main(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }

    @Test
    void aPageThatDoesNotExistIsNotFoundToo() throws Exception {
        String page = mvc.perform(get("/no-such-page").with(as("coordinator")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>Не найдено</h1>", "Муниципальный координатор")
                .containsOnlyOnce("<!DOCTYPE html>");
    }

    @Test
    void anotherServiceErrorShowsTheServicesRussianText() throws Exception {
        when(schools.card("mil-sosh-2")).thenThrow(new ServiceException(
                new ServiceProblem(500, "Внутренняя ошибка", "Сервис индексов не ответил вовремя.", List.of())));
        mvc.perform(get("/schools/mil-sosh-2").with(as("coordinator")))
                .andExpect(status().isBadGateway())
                .andExpect(content().string(containsString("Сервис индексов не ответил вовремя.")));
    }

    @Test
    void logoutIsAFormPostWithTheCsrfToken() throws Exception {
        mvc.perform(post("/logout").with(as("coordinator"))).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(as("coordinator")).with(csrf())).andExpect(status().isFound());
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyThatAllowsOnlyItsOwnScripts() throws Exception {
        when(schools.ownSchool()).thenReturn(Optional.of("mil-sosh-2"));
        mvc.perform(get("/my-school").with(as("school-admin")))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/schools/mil-sosh-2"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
    }
}
