package ru.mentoring.web.gateway;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import ru.mentoring.web.WebSettings;

/**
 * The services' public API through the gateway, for pages a person opens without an account (a
 * questionnaire link): no token is sent, so the services apply their public rules only. Errors come
 * back as {@link GatewayClient} gives them.
 */
@Component
public class PublicGatewayClient {

    private final RestClient rest;

    public PublicGatewayClient(WebSettings settings) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        factory.setReadTimeout(Duration.ofSeconds(30));
        this.rest = RestClient.builder().baseUrl(settings.gateway().url().toString()).requestFactory(factory).build();
    }

    public <T> T get(Class<T> type, String path, Object... variables) {
        return rest.get().uri(path, variables)
                .header(HttpHeaders.ACCEPT, "application/json")
                .retrieve()
                .onStatus(status -> status.isError(), (request, response) -> {
                    // never the path: it holds the link's secret
                    throw GatewayClient.failure("(public)", response);
                })
                .body(type);
    }

    public <T> T post(Class<T> type, Object body, String path, Object... variables) {
        return rest.post().uri(path, variables)
                .header(HttpHeaders.ACCEPT, "application/json")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .onStatus(status -> status.isError(), (request, response) -> {
                    throw GatewayClient.failure("(public)", response);
                })
                .body(type);
    }
}
