package ru.mentoring.web.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import ru.mentoring.web.WebSettings;
import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.security.UserAccessToken;
import ru.mentoring.web.shell.DistrictTime;

/**
 * The schools' data read over HTTP from a stand-in gateway answering as the services do: the
 * person's token on every call, a 404 as "not found", a problem's Russian text kept.
 */
class SchoolsServiceTest {

    private HttpServer gateway;
    private final Map<String, String[]> answers = new ConcurrentHashMap<>();
    private final Map<String, String> authorization = new ConcurrentHashMap<>();
    private SchoolsService service;

    @BeforeEach
    void start() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        gateway.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            authorization.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String[] answer = answers.getOrDefault(path, new String[] {"404",
                    "{\"title\":\"Не найдено\",\"status\":404,\"detail\":\"Не найдено\"}"});
            byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    answer[0].equals("200") ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        gateway.start();
        UserAccessToken token = mock(UserAccessToken.class);
        when(token.current()).thenReturn("the-users-access-token");
        WebSettings settings = new WebSettings(null,
                new WebSettings.Gateway(java.net.URI.create("http://localhost:" + gateway.getAddress().getPort())), null);
        service = new SchoolsService(new GatewayClient(settings, token));
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
    }

    @Test
    void theLatestRunIsTheMostRecentYearWithOneAndEveryCallCarriesThePersonsToken() {
        int year = DistrictTime.today().getYear() - 1;
        answers.put("/api/index/years/" + year + "/classification/summary", new String[] {"200",
                "{\"runId\":\"7d3c1c39-1c55-4c52-9d0e-0c0b7cbe0b11\",\"year\":" + year + ",\"methodologyVersion\":\"v1\","
                        + "\"computedAt\":\"2026-12-02T06:00:00Z\",\"computedBy\":\"coordinator\",\"schoolCount\":200,"
                        + "\"summary\":{\"ior\":{}}}"});
        IndexApi.RunSummary run = service.latestRun().orElseThrow();
        assertThat(run.year()).isEqualTo(year);
        assertThat(run.methodologyVersion()).isEqualTo("v1");
        assertThat(authorization).isNotEmpty().allSatisfy((path, header) -> assertThat(header)
                .isEqualTo("Bearer the-users-access-token"));
    }

    @Test
    void rowsJoinTheVisibleSchoolsWithTheirClassificationLines() {
        answers.put("/api/index/schools", new String[] {"200", """
                [{"code":"mil-sosh-2","name":"МБОУ СОШ №2","municipalityCode":"millerovo","advancedLevel":false,"source":"REGISTRY"},
                 {"code":"mil-sosh-4","name":"МБОУ СОШ №4","municipalityCode":"millerovo","advancedLevel":false,"source":"REGISTRY"}]"""});
        answers.put("/api/index/years/2025/classification", new String[] {"200", """
                [{"schoolCode":"mil-sosh-4","ior":0.21,"iorQuartile":1,"isbsh":0.4,"isbshQuartile":2,
                  "statuses":["LOW_RESULTS"],"explanation":{"statuses":{"LOW_RESULTS":{"text":"ИОР ниже p25"}}}}]"""});
        List<SchoolTable.Row> rows = service.rows(new IndexApi.RunSummary(2025, "v1", null, 200));
        assertThat(rows).containsExactly(
                new SchoolTable.Row("mil-sosh-2", "МБОУ СОШ №2", null, null, null, null, List.of()),
                new SchoolTable.Row("mil-sosh-4", "МБОУ СОШ №4", 0.21, 1, 0.4, 2, List.of("LOW_RESULTS")));
    }

    @Test
    void aCardHasTheLastThreeYearsAndTheClassificationsOwnSentenceForEachStatus() {
        answers.put("/api/index/schools/mil-sosh-4", new String[] {"200",
                "{\"code\":\"mil-sosh-4\",\"name\":\"МБОУ СОШ №4\",\"municipalityCode\":\"millerovo\",\"advancedLevel\":false}"});
        answers.put("/api/registry/schools/mil-sosh-4", new String[] {"200",
                "{\"code\":\"mil-sosh-4\",\"fullName\":\"Полное имя школы №4\",\"shortName\":\"МБОУ СОШ №4\",\"kind\":\"SOSH\","
                        + "\"advancedLevel\":false,\"rural\":true,\"municipalityCode\":\"millerovo\"}"});
        answers.put("/api/index/schools/mil-sosh-4/history", new String[] {"200", """
                [{"year":2022,"methodologyVersion":"v1","ior":0.3,"iorQuartile":2,"isbsh":0.5,"isbshQuartile":2,"statuses":[]},
                 {"year":2023,"methodologyVersion":"v1","ior":0.2,"iorQuartile":1,"isbsh":0.5,"isbshQuartile":2,"statuses":["LOW_RESULTS"]},
                 {"year":2024,"methodologyVersion":"v1","ior":0.2,"iorQuartile":1,"isbsh":0.5,"isbshQuartile":2,"statuses":["LOW_RESULTS"]},
                 {"year":2025,"methodologyVersion":"v1","ior":0.1,"iorQuartile":1,"isbsh":0.1,"isbshQuartile":1,
                  "statuses":["LOW_RESULTS","STABLY_LOW","UNFAVOURABLE_SOCIAL"]}]"""});
        answers.put("/api/index/years/2025/classification", new String[] {"200", """
                [{"schoolCode":"mil-sosh-4","ior":0.1,"iorQuartile":1,"isbsh":0.1,"isbshQuartile":1,
                  "statuses":["LOW_RESULTS","STABLY_LOW","UNFAVOURABLE_SOCIAL"],
                  "explanation":{"ior":{"value":0.1,"boundaries":{"p25":0.25,"p50":0.5,"p75":0.75}},
                                 "isbsh":{"value":0.1,"boundaries":{"p25":0.2,"p50":0.4,"p75":0.6}},
                                 "cohortMeanIor":0.49,
                                 "statuses":{"LOW_RESULTS":{"ior":0.1,"p25":0.25,"text":"ИОР за 2025 год = 0,1 < p25 = 0,25"},
                                             "STABLY_LOW":{"text":"ИОР в первом квартиле три года подряд"}}}}]"""});
        SchoolCard card = service.card("mil-sosh-4");
        assertThat(card.shortName()).isEqualTo("МБОУ СОШ №4");
        assertThat(card.fullName()).isEqualTo("Полное имя школы №4");
        assertThat(card.kind()).isEqualTo("Средняя общеобразовательная школа");
        assertThat(card.history()).extracting(IndexApi.SchoolYear::year).containsExactly(2023, 2024, 2025);
        assertThat(card.reasons()).containsExactly(
                new SchoolCard.Reason("ШНОР: школа с низкими образовательными результатами", "ИОР за 2025 год = 0,1 < p25 = 0,25"),
                new SchoolCard.Reason("Стабильно низкие результаты", "ИОР в первом квартиле три года подряд"),
                new SchoolCard.Reason("ШНСУ: школа, функционирующая в неблагоприятных социальных условиях", null));
        assertThat(card.boundaries().iorP25()).isEqualTo(0.25);
        assertThat(card.boundaries().isbshP75()).isEqualTo(0.6);
        assertThat(card.boundaries().cohortMeanIor()).isEqualTo(0.49);
    }

    @Test
    void anotherSchoolsCardIsNotFoundAndOtherErrorsKeepTheServicesRussianText() {
        assertThatThrownBy(() -> service.card("mil-sosh-5")).isInstanceOf(NotFoundException.class);
        answers.put("/api/index/schools", new String[] {"503",
                "{\"title\":\"Сервис недоступен\",\"status\":503,\"detail\":\"Сервис индексов временно недоступен.\"}"});
        assertThatThrownBy(() -> service.ownSchool()).isInstanceOfSatisfying(ServiceException.class,
                e -> assertThat(e.problem().message()).isEqualTo("Сервис индексов временно недоступен."));
    }
}
