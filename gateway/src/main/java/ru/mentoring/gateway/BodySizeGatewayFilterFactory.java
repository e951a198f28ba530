package ru.mentoring.gateway;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import ru.mentoring.platform.security.ProblemResponses;
import ru.mentoring.platform.upload.UploadTooLargeException;
import ru.mentoring.platform.web.CorrelationId;

/**
 * A route's limit on the request body ({@code - BodySize=11MB} in a route's filters): what Spring
 * Cloud Gateway's own {@code RequestSize} filter does for a declared {@code Content-Length}, but
 * answered as problem details in Russian (its answer has no body), and also counted while relaying
 * a chunked body that declares no length. Over the limit the service is not called (a declared
 * length) or the relay is cut at the limit (a chunked body): 413 either way.
 */
@Component
public class BodySizeGatewayFilterFactory extends AbstractGatewayFilterFactory<BodySizeGatewayFilterFactory.Config> {

    public BodySizeGatewayFilterFactory() {
        super(Config.class);
    }

    /** @param maxSize the largest body the route relays */
    public static class Config {

        private DataSize maxSize = DataSize.ofMegabytes(1);

        public DataSize getMaxSize() {
            return maxSize;
        }

        public void setMaxSize(DataSize maxSize) {
            this.maxSize = maxSize;
        }
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("maxSize");
    }

    @Override
    public GatewayFilter apply(Config config) {
        long max = config.getMaxSize().toBytes();
        return (exchange, chain) -> {
            long declared = exchange.getRequest().getHeaders().getContentLength();
            if (declared > max) {
                return tooLarge(exchange, max);
            }
            if (declared >= 0) {
                return chain.filter(exchange); // the server reads no more than the declared length
            }
            ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
                @Override
                public Flux<org.springframework.core.io.buffer.DataBuffer> getBody() {
                    AtomicLong seen = new AtomicLong();
                    return super.getBody().doOnNext(buffer -> {
                        if (seen.addAndGet(buffer.readableByteCount()) > max) {
                            DataBufferUtils.release(buffer);
                            throw new BodyTooLargeException(max);
                        }
                    });
                }
            };
            return chain.filter(exchange.mutate().request(counted).build());
        };
    }

    static Mono<Void> tooLarge(ServerWebExchange exchange, long max) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.CONTENT_TOO_LARGE);
        response.getHeaders().setContentType(MediaType.parseMediaType(ProblemResponses.CONTENT_TYPE));
        byte[] body = ProblemResponses.body(413, "Content Too Large", detail(max),
                LoggedPath.of(exchange.getRequest().getPath().value()), exchange.getAttribute(CorrelationId.MDC_KEY));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    static String detail(long max) {
        return "Тело запроса слишком велико. " + UploadTooLargeException.bytesReason(max) + ".";
    }

    /** A chunked body went past the route's limit while it was relayed. */
    static final class BodyTooLargeException extends RuntimeException {

        private final long limit;

        BodyTooLargeException(long limit) {
            super("request body over " + limit + " bytes", null, false, false);
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }
}
