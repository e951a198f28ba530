package ru.mentoring.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

/**
 * The routes' response timeouts: every service here is one stub that answers each request after
 * 1.5 s. With the reads' timeout at 300 ms and the pages' at 600 ms (the long one stays 60 s), a plain
 * read or page is cut off with 504 problem details in Russian; the files, the spreadsheets and every
 * write wait for the answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "platform.gateway.response-timeout.read-ms=300",
        "platform.gateway.response-timeout.page-ms=600"})
@AutoConfigureWebTestClient(timeout = "10s")
class RouteTimeoutsTest {

    private static final long DELAY_MILLIS = 1500;
    private static final HttpServer SLOW = slowService();

    private final WebTestClient client;

    RouteTimeoutsTest(WebTestClient client) {
        // a Host as a browser sends it: the web's routes pass it on (PreserveHostHeader)
        this.client = client.mutate().defaultHeader("Host", "localhost").build()
                .mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_coordinator")));
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        String url = "http://localhost:" + SLOW.getAddress().getPort();
        for (String service : new String[] {"registry", "school-index", "monitoring", "web"}) {
            registry.add("platform.services." + service, () -> url);
        }
    }

    @AfterAll
    static void stop() {
        SLOW.stop(0);
    }

    @Test
    void aReadOfASlowServiceIsCutOffAfterTheReadTimeoutWith504ProblemDetailsInRussian() {
        for (String read : new String[] {"/api/registry/schools", "/api/index/years/2025/classification",
                "/api/monitoring/targets?programmeYear=2025", "/api/monitoring/public/answers/some-token"}) {
            long start = System.nanoTime();
            client.get().uri(read).exchange()
                    .expectStatus().isEqualTo(504)
                    .expectHeader().contentType("application/problem+json")
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(504)
                    .jsonPath("$.detail").isEqualTo("Сервис не ответил вовремя. Повторите запрос позже.");
            assertThat(millisSince(start)).as(read).isLessThan(DELAY_MILLIS);
        }
    }

    @Test
    void aPageOfASlowWebApplicationIsCutOffAfterThePageTimeout() {
        long start = System.nanoTime();
        client.get().uri("/schools").exchange().expectStatus().isEqualTo(504);
        assertThat(millisSince(start)).isBetween(600L, DELAY_MILLIS);
    }

    @Test
    void filesSpreadsheetsAndWritesWaitForTheServicesAnswer() {
        for (String file : new String[] {"/api/registry/exchange/mentors?format=csv", "/api/registry/documents/d-1/content",
                "/api/monitoring/reports/note?programmeYear=2025", "/monitoring/note?format=pdf",
                "/registry/exchange/export", "/index-data/2025/classification.xlsx", "/dashboard/figures/targets.xlsx"}) {
            client.get().uri(file).exchange().expectStatus().isOk().expectBody(String.class).isEqualTo("slow but fine");
        }
        client.get().uri("/api/index/years/2025/classification")
                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").exchange()
                .expectStatus().isOk();
        client.post().uri("/api/index/years/2025/classification?methodology=m").exchange().expectStatus().isOk();
        client.post().uri("/api/monitoring/public/answers/some-token").bodyValue("{}").exchange().expectStatus().isOk();
        client.post().uri("/registry/exchange").bodyValue("x").exchange().expectStatus().isOk();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static HttpServer slowService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    Thread.sleep(DELAY_MILLIS);
                    byte[] body = "slow but fine".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "text/plain");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
