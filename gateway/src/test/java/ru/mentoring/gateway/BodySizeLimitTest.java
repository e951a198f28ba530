package ru.mentoring.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

/**
 * Every route limits the body: over it the gateway answers 413 problem details in Russian and never
 * calls the service (the routes point at a closed port: a body under the limit gets the gateway's 503).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "platform.services.registry=http://localhost:9",
        "platform.services.school-index=http://localhost:9",
        "platform.services.monitoring=http://localhost:9",
        "platform.gateway.max-body.registry=2KB"})
@AutoConfigureWebTestClient
class BodySizeLimitTest {

    private final WebTestClient client;

    BodySizeLimitTest(WebTestClient client) {
        this.client = client;
    }

    @Test
    void aPersonalLinkAnswerOverSixtyFourKilobytesIs413ProblemDetails() {
        client.post().uri("/api/monitoring/public/answers/some-token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[64 * 1024 + 1]).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.title").isEqualTo("Content Too Large")
                .jsonPath("$.detail").isEqualTo("Тело запроса слишком велико. Файл больше 64 КБ: разделите его на части.")
                .jsonPath("$.instance").isEqualTo("/api/monitoring/public/answers/***");
        client.post().uri("/api/monitoring/public/answers/some-token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[1024]).exchange()
                .expectStatus().isEqualTo(503);
    }

    @Test
    void aRouteLimitAppliesToAnAuthorisedCallerToo() {
        var coordinator = mockJwt().authorities(new SimpleGrantedAuthority("ROLE_coordinator"));
        client.mutateWith(coordinator).post().uri("/api/registry/exchange/mentors").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("x".repeat(2049)).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.detail").isEqualTo("Тело запроса слишком велико. Файл больше 2 КБ: разделите его на части.");
        client.mutateWith(coordinator).post().uri("/api/registry/exchange/mentors").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("x".repeat(2048)).exchange()
                .expectStatus().isEqualTo(503);
    }
}
