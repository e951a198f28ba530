package ru.mentoring.platform.client;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

import org.slf4j.MDC;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import ru.mentoring.platform.web.CorrelationId;

/**
 * The one way a service builds a client for another: {@code clients.to("registry")}. The base URL
 * is {@code platform.services.<name>}; every request carries the calling service's own
 * client-credentials token (never the end user's) and the correlation id of the request being
 * served; connecting and reading are bounded by {@code platform.service-client.timeout}; a GET whose
 * connection failed is tried again ({@code platform.service-client.retries}); every client of one
 * service shares that service's circuit breaker ({@link CircuitBreaking}), so a service that is down
 * or slow is skipped at once by all its callers for {@code platform.service-client.open-for}.
 */
public final class ServiceClients {

    /** Where each service listens when {@code platform.services.<name>} is not set: the launcher's ports. */
    static final Map<String, String> DEFAULT_URLS = Map.of(
            "registry", "http://localhost:8081",
            "school-index", "http://localhost:8082",
            "monitoring", "http://localhost:8083",
            "web", "http://localhost:8084");

    private final UnaryOperator<String> urls;
    private final ServiceClientProperties properties;
    private final ClientHttpRequestInterceptor serviceToken;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    /**
     * @param urls         the configured URL of a service by name, or null when not configured
     * @param serviceToken adds the service's token; null where the service has no client registration (tests)
     */
    public ServiceClients(UnaryOperator<String> urls, ServiceClientProperties properties,
            ClientHttpRequestInterceptor serviceToken) {
        this.urls = urls;
        this.properties = properties;
        this.serviceToken = serviceToken;
    }

    /** A client of the named service ({@code registry}, {@code school-index}, {@code monitoring}, {@code web}). */
    public RestClient to(String service) {
        String url = urls.apply(service);
        if (url == null || url.isBlank()) {
            url = DEFAULT_URLS.get(service);
        }
        if (url == null) {
            throw new IllegalArgumentException("platform.services." + service + " is not set");
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
        requests.setReadTimeout(properties.timeout());
        // the breaker outside the retry: one call that was tried twice is one failure
        RestClient.Builder builder = RestClient.builder().baseUrl(url).requestFactory(requests)
                .requestInterceptor(new CircuitBreaking(breaker(service)))
                .requestInterceptor(new RetriedReads(properties.retries()))
                .requestInterceptor((request, body, execution) -> {
                    String correlationId = MDC.get(CorrelationId.MDC_KEY);
                    if (correlationId != null) {
                        request.getHeaders().set(CorrelationId.HEADER, correlationId);
                    }
                    return execution.execute(request, body);
                });
        if (serviceToken != null) {
            builder.requestInterceptor(serviceToken);
        }
        return builder.build();
    }

    /** The circuit breaker of the named service (one per service, whichever client calls it). */
    CircuitBreaker breaker(String service) {
        return breakers.computeIfAbsent(service, name -> CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                // half of the last ten calls failed, five at least: a service restarting loses one or two calls, not ten
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(properties.openFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .build()));
    }
}
