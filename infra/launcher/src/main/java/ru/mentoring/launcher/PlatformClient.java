package ru.mentoring.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running platform as a person would: a token from Keycloak by password grant
 * (client {@code mentoring-cli}), then HTTP through the gateway. Used by the demo loader and the
 * end-to-end tests.
 */
public final class PlatformClient {

    public record Response(int status, String body, HttpResponse<byte[]> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // HTTP/1.1 as the services speak it: the default HTTP/2 sends an h2c upgrade on plain http, and once (an
    // e2e health read of the gateway) such a request was held until the client's 120 s timeout gave up
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String gatewayUrl;
    private final String keycloakUrl;
    private final String passwordClient;
    private final String password;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    /** Access tokens live 15 minutes in the realm: a cached one is renewed well before that. */
    private record Token(String value, long fetchedAt) {

        static final long RENEW_AFTER_NANOS = Duration.ofMinutes(10).toNanos();

        boolean fresh() {
            return System.nanoTime() - fetchedAt < RENEW_AFTER_NANOS;
        }
    }

    /** The demo realm's: client {@code mentoring-cli}, every login's password {@code demo}. */
    public PlatformClient(String gatewayUrl, String keycloakUrl) {
        this(gatewayUrl, keycloakUrl, "mentoring-cli", DemoDistrict.PASSWORD);
    }

    /** Tokens by password grant of {@code passwordClient}, every user with {@code password} (a test's own client and users). */
    public PlatformClient(String gatewayUrl, String keycloakUrl, String passwordClient, String password) {
        this.gatewayUrl = gatewayUrl;
        this.keycloakUrl = keycloakUrl;
        this.passwordClient = passwordClient;
        this.password = password;
    }

    public String gatewayUrl() {
        return gatewayUrl;
    }

    public String keycloakUrl() {
        return keycloakUrl;
    }

    /** A fresh access token of a user (password grant). */
    public String token(String username) {
        return tokens.compute(username, (u, cached) -> cached != null && cached.fresh() ? cached
                : new Token(passwordGrant(u, password), System.nanoTime())).value();
    }

    public String passwordGrant(String username, String password) {
        Response r = form(keycloakUrl + "/realms/mentoring/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", passwordClient, "username", username, "password", password,
                "scope", "openid"));
        if (r.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + r.status() + " " + r.body());
        }
        return r.json().get("access_token").asString();
    }

    public Response form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response get(String user, String path) {
        return send(request(user, path).GET());
    }

    public Response postJson(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response putJson(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String user, String path, String contentType, byte[] body) {
        return send(request(user, path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart/form-data upload of one file, as a browser's file input sends it. */
    public Response postFile(String user, String path, String field, String filename, String contentType, byte[] content) {
        return send(fileRequest(user, path, field, filename, contentType, content));
    }

    /** The request {@link #postFile} sends, for a caller who adds headers of its own. */
    public HttpRequest.Builder fileRequest(String user, String path, String field, String filename, String contentType,
            byte[] content) {
        String boundary = "----mentoring" + Long.toHexString(System.nanoTime());
        byte[] head = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return request(user, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** A request through the gateway, with the user's token, or none when {@code user} is null. */
    public HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : gatewayUrl + path))
                .timeout(Duration.ofSeconds(120));
        if (user != null) {
            builder.header("Authorization", "Bearer " + token(user));
        }
        return builder;
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response);
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
