package ru.mentoring.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import ru.mentoring.platform.web.CorrelationId;

/**
 * Gives every request a correlation id before security runs (so even a 401 carries it), passes it
 * to the service in {@code X-Correlation-Id} ({@link ForwardedCorrelationId}), returns it to the caller and writes one access line.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdWebFilter implements WebFilter {

    private static final Logger access = LoggerFactory.getLogger("ru.mentoring.gateway.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String id = CorrelationId.acceptOrCreate(request.getHeaders().getFirst(CorrelationId.HEADER));
        // an attribute, not a mutated request: copying every header of every request cost more than the
        // rest of this filter; the relayed request gets the id from ForwardedCorrelationId
        exchange.getAttributes().put(CorrelationId.MDC_KEY, id);
        exchange.getResponse().getHeaders().set(CorrelationId.HEADER, id);
        long started = System.nanoTime();
        return chain.filter(exchange)
                .contextWrite(ctx -> ctx.put(CorrelationId.MDC_KEY, id))
                .doFinally(signal -> access.info("[{}] {} {} -> {} in {} ms", id, request.getMethod(), LoggedPath.of(request.getPath().value()),
                        exchange.getResponse().getStatusCode() == null ? "-" : exchange.getResponse().getStatusCode().value(),
                        (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * The id in the relayed request's {@code X-Correlation-Id}, replacing whatever the caller sent (a
     * malformed one was not accepted). Last of the gateway's header filters, whose copies of the
     * headers it writes into; it copies only when given the request's own (read-only) headers.
     */
    @Component
    static class ForwardedCorrelationId implements HttpHeadersFilter, Ordered {

        @Override
        public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
            String id = exchange.getAttribute(CorrelationId.MDC_KEY);
            if (id == null) {
                return input;
            }
            try {
                input.set(CorrelationId.HEADER, id);
                return input;
            } catch (UnsupportedOperationException readOnly) {
                HttpHeaders relayed = new HttpHeaders();
                relayed.putAll(input);
                relayed.set(CorrelationId.HEADER, id);
                return relayed;
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
