package ru.mentoring.gateway;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import ru.mentoring.platform.security.ProblemResponses;
import ru.mentoring.platform.web.CorrelationId;

/** Errors the gateway itself answers (no route, a service down or slow, a chunked body over its route's limit) as problem details. */
@Component
@Order(-2)
public class ProblemDetailsErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsErrorHandler.class);

    /** A service that accepted the request and did not answer within its route's response-timeout. */
    static final String TIMEOUT_DETAIL = "Сервис не ответил вовремя. Повторите запрос позже.";

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode status;
        String detail;
        BodySizeGatewayFilterFactory.BodyTooLargeException tooLarge = cause(error, BodySizeGatewayFilterFactory.BodyTooLargeException.class);
        if (tooLarge != null) {
            status = HttpStatus.CONTENT_TOO_LARGE;
            detail = BodySizeGatewayFilterFactory.detail(tooLarge.limit());
        } else if (hasCause(error, ConnectException.class) || hasCause(error, UnknownHostException.class)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            detail = "Сервис временно недоступен. Повторите запрос позже.";
        } else if (hasCause(error, TimeoutException.class)
                || hasCause(error, org.springframework.cloud.gateway.support.TimeoutException.class)
                || error instanceof ResponseStatusException rse && rse.getStatusCode().value() == 504) {
            // the route's response-timeout: the gateway's routing filter reports it as a 504 ResponseStatusException
            status = HttpStatus.GATEWAY_TIMEOUT;
            detail = TIMEOUT_DETAIL;
        } else if (error instanceof ResponseStatusException rse) {
            status = rse.getStatusCode();
            detail = status.value() == 404 ? "Ресурс не найден." : "Запрос не может быть выполнен.";
        } else {
            status = HttpStatus.BAD_GATEWAY;
            detail = "Ошибка при обращении к сервису.";
        }
        String id = exchange.getAttribute(CorrelationId.MDC_KEY);
        if (status.is5xxServerError()) {
            log.warn("[{}] {} {} failed: {}", id, exchange.getRequest().getMethod(), LoggedPath.of(exchange.getRequest().getPath().value()), error.toString());
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        byte[] body = ProblemResponses.body(status.value(), known == null ? "Error" : known.getReasonPhrase(), detail,
                LoggedPath.of(exchange.getRequest().getPath().value()), id);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.parseMediaType(ProblemResponses.CONTENT_TYPE));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
