package ru.mentoring.platform.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CircuitBreakingTest {

    private final ServiceClients clients = new ServiceClients(Map.of("school-index", "http://127.0.0.1:9")::get,
            new ServiceClientProperties(Duration.ofSeconds(1), 0, Duration.ofMillis(300)), null);
    private final AtomicInteger calls = new AtomicInteger();

    private ClientHttpRequestExecution refused() {
        return (request, body) -> {
            calls.incrementAndGet();
            throw new ConnectException("Connection refused");
        };
    }

    private ClientHttpRequestExecution answering(HttpStatus status) {
        return (request, body) -> {
            calls.incrementAndGet();
            return new MockClientHttpResponse(new byte[0], status);
        };
    }

    private ClientHttpResponse call(CircuitBreaking breaking, ClientHttpRequestExecution execution) throws IOException {
        return breaking.intercept(new MockClientHttpRequest(HttpMethod.GET, "/api/index/years/2025/classification"), new byte[0],
                execution);
    }

    @Test
    void afterFiveRefusedConnectionsTheServiceIsNotCalledAndTheCallerHearsAtOnce() throws IOException {
        CircuitBreaking breaking = new CircuitBreaking(clients.breaker("school-index"));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> call(breaking, refused())).isInstanceOf(ConnectException.class);
        }
        assertThat(calls).hasValue(5);

        assertThatThrownBy(() -> call(breaking, answering(HttpStatus.OK)))
                .isInstanceOf(CircuitBreaking.BreakerOpenException.class)
                .hasMessageContaining("school-index");
        assertThat(calls).as("the open breaker does not call the service").hasValue(5);
        assertThat(clients.breaker("school-index").getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void serverErrorsOpenTheBreakerButRefusalsOfTheRequestDoNot() throws IOException {
        CircuitBreaking breaking = new CircuitBreaking(clients.breaker("school-index"));
        for (int i = 0; i < 10; i++) {
            call(breaking, answering(i % 2 == 0 ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN));
        }
        assertThat(clients.breaker("school-index").getState()).isEqualTo(CircuitBreaker.State.CLOSED);

        // ten answers in the window: five failures more make half of them
        for (int i = 0; i < 5; i++) {
            call(breaking, answering(HttpStatus.SERVICE_UNAVAILABLE));
        }
        assertThat(clients.breaker("school-index").getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void afterTheOpenWhileTwoCallsTryTheServiceAndItsAnswersCloseTheBreaker() throws Exception {
        CircuitBreaking breaking = new CircuitBreaking(clients.breaker("school-index"));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> call(breaking, refused())).isInstanceOf(ConnectException.class);
        }
        Thread.sleep(400);

        assertThat(call(breaking, answering(HttpStatus.OK)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(clients.breaker("school-index").getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(call(breaking, answering(HttpStatus.OK)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(clients.breaker("school-index").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aTrialCallThatFailsAgainKeepsTheServiceSkipped() throws Exception {
        CircuitBreaking breaking = new CircuitBreaking(clients.breaker("school-index"));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> call(breaking, refused())).isInstanceOf(ConnectException.class);
        }
        Thread.sleep(400);
        assertThatThrownBy(() -> call(breaking, refused())).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> call(breaking, refused())).isInstanceOf(ConnectException.class);

        assertThat(clients.breaker("school-index").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int before = calls.get();
        assertThatThrownBy(() -> call(breaking, answering(HttpStatus.OK))).isInstanceOf(CircuitBreaking.BreakerOpenException.class);
        assertThat(calls).hasValue(before);
    }

    @Test
    void aFailureThatIsNotTheServicesIsNotCounted() throws IOException {
        CircuitBreaking breaking = new CircuitBreaking(clients.breaker("school-index"));
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> call(breaking, (request, body) -> {
                throw new IllegalStateException("no token from Keycloak");
            })).isInstanceOf(IllegalStateException.class);
        }
        assertThat(clients.breaker("school-index").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void everyClientOfOneServiceSharesItsBreakerAndAnOpenOneIsHeardAsTheServiceUnreachable() {
        // nothing listens on port 9: each call is a refused connection, until the breaker answers instead
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> clients.to("school-index").get().uri("/x").retrieve().toBodilessEntity())
                    .isInstanceOf(ResourceAccessException.class);
            assertThatThrownBy(() -> clients.to("school-index").get().uri("/y").retrieve().toBodilessEntity())
                    .isInstanceOf(ResourceAccessException.class);
        }
        assertThat(clients.breaker("school-index").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> clients.to("school-index").get().uri("/z").retrieve().toBodilessEntity())
                .isInstanceOf(ResourceAccessException.class)
                .hasRootCauseInstanceOf(CircuitBreaking.BreakerOpenException.class);
        assertThat(clients.breaker("registry").getState()).as("another service's breaker").isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aServiceThatHangsCostsEachCallerTheTimeoutUntilTheBreakerOpensThenNothing() throws Exception {
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slow.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        slow.createContext("/", exchange -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        slow.start();
        try {
            ServiceClients toSlow = new ServiceClients(Map.of("registry", "http://127.0.0.1:" + slow.getAddress().getPort())::get,
                    new ServiceClientProperties(Duration.ofMillis(300), 1, Duration.ofSeconds(30)), null);
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                assertThatThrownBy(() -> toSlow.to("registry").get().uri("/api/registry/schools").retrieve().toBodilessEntity())
                        .isInstanceOf(ResourceAccessException.class);
                // the read timeout, not the service's five seconds, and a timeout is not tried again
                assertThat((System.nanoTime() - start) / 1_000_000).isBetween(250L, 2_000L);
            }
            long start = System.nanoTime();
            assertThatThrownBy(() -> toSlow.to("registry").get().uri("/api/registry/schools").retrieve().toBodilessEntity())
                    .hasRootCauseInstanceOf(CircuitBreaking.BreakerOpenException.class);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(100L);
        } finally {
            slow.stop(0);
        }
    }
}
