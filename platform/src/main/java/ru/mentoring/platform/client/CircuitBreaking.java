package ru.mentoring.platform.client;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Every call to one service goes through that service's circuit breaker. A connection that failed,
 * a timeout and a 5xx answer count as failures; once half the recent calls failed, the service is
 * not called at all for a while: each caller hears at once (an {@link IOException}, as a refused
 * connection would be heard) instead of waiting out the timeout again and again, and the service
 * that is struggling is spared the load. After that while a few calls are let through to try it.
 */
final class CircuitBreaking implements ClientHttpRequestInterceptor {

    private final CircuitBreaker breaker;

    CircuitBreaking(CircuitBreaker breaker) {
        this.breaker = breaker;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (!breaker.tryAcquirePermission()) {
            throw new BreakerOpenException(breaker.getName());
        }
        long start = System.nanoTime();
        ClientHttpResponse response;
        try {
            response = execution.execute(request, body);
        } catch (IOException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            throw e;
        } catch (RuntimeException e) {
            // not the service's fault (its token could not be had from Keycloak, say): not counted either way
            breaker.releasePermission();
            throw e;
        }
        int status = response.getStatusCode().value();
        if (status >= 500) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, new IOException(breaker.getName() + " answered " + status));
        } else {
            // a 4xx is the service working: it judged the request
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
        return response;
    }

    /** The service is not called for now; the caller treats it as unreachable. */
    static final class BreakerOpenException extends IOException {

        BreakerOpenException(String service) {
            super(service + " is not called for now: its circuit breaker is open after repeated failures");
        }
    }
}
