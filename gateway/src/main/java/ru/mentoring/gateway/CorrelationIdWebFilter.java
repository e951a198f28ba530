package ru.mentoring.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import ru.mentoring.platform.web.CorrelationId;

/**
 * Gives every request a correlation id before security runs (so even a 401 carries it), passes it
 * to the service in {@code X-Correlation-Id}, returns it to the caller and writes one access line.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdWebFilter implements WebFilter {

    private static final Logger access = LoggerFactory.getLogger("ru.mentoring.gateway.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = CorrelationId.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate().headers(h -> h.set(CorrelationId.HEADER, id)).build();
        ServerWebExchange withId = exchange.mutate().request(request).build();
        withId.getAttributes().put(CorrelationId.MDC_KEY, id);
        withId.getResponse().getHeaders().set(CorrelationId.HEADER, id);
        long started = System.nanoTime();
        return chain.filter(withId)
                .contextWrite(ctx -> ctx.put(CorrelationId.MDC_KEY, id))
                .doFinally(signal -> access.info("[{}] {} {} -> {} in {} ms", id, request.getMethod(), LoggedPath.of(request.getPath().value()),
                        withId.getResponse().getStatusCode() == null ? "-" : withId.getResponse().getStatusCode().value(),
                        (System.nanoTime() - started) / 1_000_000));
    }
}
