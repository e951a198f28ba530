package ru.mentoring.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import ru.mentoring.platform.web.CorrelationId;

class ForwardedCorrelationIdTest {

    private final CorrelationIdWebFilter.ForwardedCorrelationId filter = new CorrelationIdWebFilter.ForwardedCorrelationId();

    @Test
    void theRelayedRequestCarriesTheGatewaysIdInsteadOfTheCallersForgedOne() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/registry/schools")
                .header(CorrelationId.HEADER, "bad<script>"));
        exchange.getAttributes().put(CorrelationId.MDC_KEY, "abc-123-def-456");
        HttpHeaders copy = new HttpHeaders();
        copy.putAll(exchange.getRequest().getHeaders());

        HttpHeaders relayed = filter.filter(copy, exchange);

        assertThat(relayed.get(CorrelationId.HEADER)).containsExactly("abc-123-def-456");
    }

    @Test
    void theRequestsOwnReadOnlyHeadersAreCopiedNotChanged() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/registry/schools")
                .header("Authorization", "Bearer x"));
        exchange.getAttributes().put(CorrelationId.MDC_KEY, "abc-123-def-456");
        HttpHeaders readOnly = HttpHeaders.readOnlyHttpHeaders(exchange.getRequest().getHeaders());

        HttpHeaders relayed = filter.filter(readOnly, exchange);

        assertThat(relayed.getFirst(CorrelationId.HEADER)).isEqualTo("abc-123-def-456");
        assertThat(relayed.getFirst("Authorization")).isEqualTo("Bearer x");
        assertThat(readOnly.containsHeader(CorrelationId.HEADER)).isFalse();
    }
}
