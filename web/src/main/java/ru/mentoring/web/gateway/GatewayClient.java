package ru.mentoring.web.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import ru.mentoring.web.WebSettings;
import ru.mentoring.web.security.UserAccessToken;

/**
 * The services' API through the gateway, as the signed-in person: every call carries their access
 * token, so the services apply exactly the rules they apply to any other client.
 */
@Component
public class GatewayClient {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final RestClient rest;

    public GatewayClient(WebSettings settings, UserAccessToken token) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        factory.setReadTimeout(Duration.ofSeconds(60));
        this.rest = RestClient.builder()
                .baseUrl(settings.gateway().url().toString())
                .requestFactory(factory)
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().setBearerAuth(token.current());
                    return execution.execute(request, body);
                })
                .build();
    }

    /** GET a JSON body; 404 as {@link NotFoundException}, any other error as {@link ServiceException}. */
    public <T> T get(ParameterizedTypeReference<T> type, String path, Object... variables) {
        return rest.get().uri(path, variables)
                .header(HttpHeaders.ACCEPT, "application/json")
                .retrieve()
                .onStatus(status -> status.isError(), (request, response) -> {
                    throw failure(request.getURI().getPath(), response);
                })
                .body(type);
    }

    public <T> T get(Class<T> type, String path, Object... variables) {
        return get(ParameterizedTypeReference.forType(type), path, variables);
    }

    /** The same GET, but "not there" as an empty list (for look-ups where absence is an answer). */
    public <T> List<T> listOrEmpty(ParameterizedTypeReference<List<T>> type, String path, Object... variables) {
        try {
            return get(type, path, variables);
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    static RuntimeException failure(String path, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        if (status == HttpStatus.NOT_FOUND.value()) {
            return new NotFoundException(path);
        }
        return new ServiceException(problem(status, response));
    }

    static ServiceProblem problem(int status, ClientHttpResponse response) {
        try (InputStream in = response.getBody()) {
            byte[] body = in.readAllBytes();
            if (body.length > 0) {
                ServiceProblem parsed = JSON.readValue(body, ServiceProblem.class);
                return new ServiceProblem(status, parsed.title(), parsed.detail(), parsed.errors());
            }
        } catch (IOException | RuntimeException e) {
            // not problem details (a proxy's page, a cut connection): the general sentence below
        }
        return new ServiceProblem(status, null, null, List.of());
    }
}
