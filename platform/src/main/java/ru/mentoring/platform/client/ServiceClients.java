package ru.mentoring.platform.client;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.function.UnaryOperator;

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
 * connection failed is tried again ({@code platform.service-client.retries}).
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
        RestClient.Builder builder = RestClient.builder().baseUrl(url).requestFactory(requests)
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
}
