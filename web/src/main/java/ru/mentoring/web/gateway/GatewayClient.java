package ru.mentoring.web.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.multipart.MultipartFile;

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

    /** POST a JSON body; the answer's JSON body as {@code type} ({@code Void.class} for none). */
    public <T> T post(Class<T> type, Object body, String path, Object... variables) {
        return send(HttpMethod.POST, type, body, path, variables);
    }

    public <T> T put(Class<T> type, Object body, String path, Object... variables) {
        return send(HttpMethod.PUT, type, body, path, variables);
    }

    public <T> T patch(Class<T> type, Object body, String path, Object... variables) {
        return send(HttpMethod.PATCH, type, body, path, variables);
    }

    public void delete(String path, Object... variables) {
        rest.delete().uri(path, variables).retrieve()
                .onStatus(status -> status.isError(), (request, response) -> {
                    throw failure(request.getURI().getPath(), response);
                })
                .toBodilessEntity();
    }

    private <T> T send(HttpMethod method, Class<T> type, Object body, String path, Object... variables) {
        RestClient.RequestBodySpec spec = rest.method(method).uri(path, variables)
                .header(HttpHeaders.ACCEPT, "application/json");
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.retrieve()
                .onStatus(status -> status.isError(), (request, response) -> {
                    throw failure(request.getURI().getPath(), response);
                })
                .body(type);
    }

    /**
     * An uploaded file passed on as a multipart part (the registry's and monitoring's imports).
     * Streamed from the container's temporary file, never held whole in memory.
     */
    public <T> T postMultipart(Class<T> type, MultipartFile file, String part, String path, Object... variables) {
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(mediaType(file));
        partHeaders.setContentDispositionFormData(part, file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename());
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(part, new HttpEntity<>(resource(file), partHeaders));
        return rest.post().uri(path, variables)
                .header(HttpHeaders.ACCEPT, "application/json")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .retrieve()
                .onStatus(status -> status.isError(), (request, response) -> {
                    throw failure(request.getURI().getPath(), response);
                })
                .body(type);
    }

    /**
     * An uploaded file passed on as the request's whole body with its content type, CSV or XLSX
     * decided by the name (the index's uploads), and its name in {@code Content-Disposition}.
     */
    public <T> T sendFile(HttpMethod method, Class<T> type, MultipartFile file, String path, Object... variables) {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        return rest.method(method).uri(path, variables)
                .header(HttpHeaders.ACCEPT, "application/json")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(mediaType(file))
                .contentLength(file.getSize())
                .body(resource(file))
                .retrieve()
                .onStatus(status -> status.isError(), (request, response) -> {
                    throw failure(request.getURI().getPath(), response);
                })
                .body(type);
    }

    /** A file from a service (an export, a note), handed to the browser with its name and type. */
    public ResponseEntity<byte[]> download(String path, Object... variables) {
        return download(MediaType.ALL, path, variables);
    }

    /** The same, asking for one type (an endpoint that answers JSON or XLSX by {@code Accept}). */
    public ResponseEntity<byte[]> download(MediaType accept, String path, Object... variables) {
        ResponseEntity<byte[]> answer = rest.get().uri(path, variables)
                .accept(accept)
                .retrieve()
                .onStatus(status -> status.isError(), (request, response) -> {
                    throw failure(request.getURI().getPath(), response);
                })
                .toEntity(byte[].class);
        HttpHeaders headers = new HttpHeaders();
        for (String name : List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION)) {
            String value = answer.getHeaders().getFirst(name);
            if (value != null) {
                headers.set(name, value);
            }
        }
        return ResponseEntity.ok().headers(headers).body(answer.getBody());
    }

    private static MediaType mediaType(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        if (name.endsWith(".csv")) {
            return MediaType.parseMediaType("text/csv");
        }
        return file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(file.getContentType());
    }

    private static InputStreamResource resource(MultipartFile file) {
        return new InputStreamResource(() -> file.getInputStream()) {
            @Override
            public long contentLength() {
                return file.getSize();
            }

            @Override
            public String getFilename() {
                return file.getOriginalFilename();
            }
        };
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
