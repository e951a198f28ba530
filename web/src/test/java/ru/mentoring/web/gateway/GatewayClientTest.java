package ru.mentoring.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockMultipartFile;

import ru.mentoring.web.WebSettings;
import ru.mentoring.web.security.UserAccessToken;

/** What the pages rely on when they write through the gateway: the token, the bodies, the errors, the files. */
class GatewayClientTest {

    private HttpServer server;
    private final Map<String, String> seen = new ConcurrentHashMap<>();
    private GatewayClient client;

    record Created(String id) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/things", exchange -> {
            remember(exchange);
            answer(exchange, 201, "application/json", "{\"id\":\"t-1\",\"extra\":1}");
        });
        server.createContext("/api/refused", exchange -> {
            remember(exchange);
            answer(exchange, 422, "application/problem+json", """
                    {"status":422,"title":"Некорректные данные","detail":"Проверьте поля формы.",
                     "errors":[{"field":"lastName","reason":"Укажите фамилию"},{"row":3,"field":"СНИЛС","reason":"Неверная контрольная сумма"}]}""");
        });
        server.createContext("/api/export", exchange -> {
            remember(exchange);
            exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"export.xlsx\"");
            exchange.getResponseHeaders().add("X-Internal", "not for the browser");
            answer(exchange, 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK-bytes");
        });
        server.start();
        UserAccessToken token = mock(UserAccessToken.class);
        when(token.current()).thenReturn("user-token");
        client = new GatewayClient(new WebSettings(null,
                new WebSettings.Gateway(URI.create("http://127.0.0.1:" + server.getAddress().getPort())), null), token);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postSendsJsonWithThePersonsTokenAndReadsTheAnswer() {
        Created created = client.post(Created.class, Map.of("name", "Школа"), "/api/things");

        assertThat(created.id()).isEqualTo("t-1");
        assertThat(seen).containsEntry("method", "POST").containsEntry("authorization", "Bearer user-token")
                .containsEntry("content-type", "application/json").containsEntry("body", "{\"name\":\"Школа\"}");
    }

    @Test
    void aRefusalCarriesTheServicesFieldReasonsAndRowErrors() {
        assertThatThrownBy(() -> client.put(Void.class, Map.of(), "/api/refused"))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    ServiceProblem problem = e.problem();
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.message()).isEqualTo("Проверьте поля формы.");
                    assertThat(problem.reasonFor("lastName")).isEqualTo("Укажите фамилию");
                    assertThat(problem.rowErrors()).singleElement()
                            .satisfies(row -> assertThat(row.row()).isEqualTo(3));
                });
    }

    @Test
    void aFileIsSentAsTheWholeBodyWithItsTypeFromTheNameAndItsNameInContentDisposition() {
        MockMultipartFile file = new MockMultipartFile("file", "значения 2025.csv", "application/octet-stream",
                "school;value\n".getBytes(StandardCharsets.UTF_8));

        client.sendFile(HttpMethod.POST, Created.class, file, "/api/things");

        assertThat(seen).containsEntry("content-type", "text/csv").containsEntry("body", "school;value\n");
        assertThat(seen.get("content-disposition")).contains("filename*=UTF-8''").contains("2025.csv");
    }

    @Test
    void aFileIsSentAsAMultipartPartWithItsName() {
        MockMultipartFile file = new MockMultipartFile("file", "people.xlsx", null, new byte[] {1, 2, 3});

        client.postMultipart(Created.class, file, "file", "/api/things");

        assertThat(seen.get("content-type")).startsWith("multipart/form-data");
        assertThat(seen.get("body")).contains("name=\"file\"").contains("filename=\"people.xlsx\"")
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void aDownloadKeepsItsNameAndTypeAndNothingElseOfTheServicesHeaders() {
        ResponseEntity<byte[]> download = client.download("/api/export");

        assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).isEqualTo("PK-bytes");
        assertThat(download.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"export.xlsx\"");
        assertThat(download.getHeaders().getContentType().toString()).startsWith("application/vnd.openxmlformats");
        assertThat(download.getHeaders().containsHeader("X-Internal")).isFalse();
    }

    @Test
    void aDownloadCanAskForOneTypeOfAnEndpointThatAnswersSeveral() {
        client.download(org.springframework.http.MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "/api/export");

        assertThat(seen).containsEntry("accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private void remember(HttpExchange exchange) throws IOException {
        seen.put("method", exchange.getRequestMethod());
        seen.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        seen.put("content-type", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
        seen.put("content-disposition", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Disposition")));
        seen.put("accept", String.valueOf(exchange.getRequestHeaders().getFirst("Accept")));
        seen.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
