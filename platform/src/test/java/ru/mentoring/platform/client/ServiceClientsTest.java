package ru.mentoring.platform.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

import ru.mentoring.platform.web.CorrelationId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceClientsTest {

    private HttpServer server;
    private final AtomicReference<String> correlationId = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/registry/schools", exchange -> {
            correlationId.set(exchange.getRequestHeaders().getFirst(CorrelationId.HEADER));
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        MDC.clear();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void aServiceIsFoundUnderPlatformServicesOfItsNameAndHearsTheCorrelationIdOfTheServedRequest() {
        ServiceClients clients = new ServiceClients(Map.of("registry", url())::get,
                new ServiceClientProperties(Duration.ofSeconds(30), 0, null), null);
        MDC.put(CorrelationId.MDC_KEY, "request-12345");

        String body = clients.to("registry").get().uri("/api/registry/schools").retrieve().body(String.class);

        assertThat(body).isEqualTo("[]");
        assertThat(correlationId.get()).isEqualTo("request-12345");
    }

    @Test
    void aServiceWithoutAnAddressFallsBackToTheLaunchersPortAndAnUnknownOneIsRefused() {
        ServiceClients clients = new ServiceClients(name -> null, new ServiceClientProperties(null, null, null), null);
        assertThat(clients.to("school-index")).isNotNull();
        assertThatThrownBy(() -> clients.to("nowhere")).hasMessageContaining("platform.services.nowhere");
    }

    @Test
    void theDefaultsAreThreeSecondsOneRetryAndTenSecondsOpen() {
        ServiceClientProperties defaults = new ServiceClientProperties(null, null, null);
        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(defaults.retries()).isEqualTo(1);
        assertThat(defaults.openFor()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aReadWhoseConnectionFailedIsTriedAgainButAWriteAndATimeoutAreNot() throws IOException {
        RetriedReads retried = new RetriedReads(1);
        AtomicInteger attempts = new AtomicInteger();

        ClientHttpResponse answer = retried.intercept(new MockClientHttpRequest(HttpMethod.GET, "/x"), new byte[0],
                (request, body) -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IOException("connection reset");
                    }
                    return new MockClientHttpResponse(new byte[0], HttpStatus.OK);
                });
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(attempts).hasValue(2);

        attempts.set(0);
        assertThatThrownBy(() -> retried.intercept(new MockClientHttpRequest(HttpMethod.POST, "/x"), new byte[0],
                (request, body) -> {
                    attempts.incrementAndGet();
                    throw new IOException("connection reset");
                })).isInstanceOf(IOException.class);
        assertThat(attempts).hasValue(1);

        attempts.set(0);
        assertThatThrownBy(() -> retried.intercept(new MockClientHttpRequest(HttpMethod.GET, "/x"), new byte[0],
                (request, body) -> {
                    attempts.incrementAndGet();
                    throw new HttpTimeoutException("slow");
                })).isInstanceOf(HttpTimeoutException.class);
        assertThat(attempts).hasValue(1);
    }
}
