package ru.mentoring.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny HTTP server inside the test JVM standing in for Keycloak or the school index service, on a
 * free port of 127.0.0.1. Routes are "METHOD path-prefix"; it answers Keycloak's token endpoint out
 * of the box and records every call.
 */
public final class StubHttpServer implements AutoCloseable {

    public record Call(String method, String path, String query, String body, String authorization) {
    }

    public record Reply(int status, String body, Map<String, String> headers) {

        public static Reply json(int status, String body) {
            return new Reply(status, body, Map.of("Content-Type", "application/json"));
        }

        public static Reply status(int status) {
            return new Reply(status, "", Map.of());
        }
    }

    private final HttpServer server;
    private final Map<String, Function<Call, Reply>> routes = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public StubHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        on("POST /realms/mentoring/protocol/openid-connect/token",
                c -> Reply.json(200, "{\"access_token\":\"stub-service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Routes a call; the longest matching "METHOD /prefix" wins. */
    public StubHttpServer on(String route, Function<Call, Reply> reply) {
        routes.put(route, reply);
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method, String pathPrefix) {
        return calls.stream().filter(c -> c.method().equals(method) && c.path().startsWith(pathPrefix)).toList();
    }

    public void reset() {
        calls.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                body, exchange.getRequestHeaders().getFirst("Authorization"));
        calls.add(call);
        String key = call.method() + " " + call.path();
        Function<Call, Reply> route = routes.entrySet().stream()
                .filter(e -> key.startsWith(e.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue).orElse(c -> Reply.json(404, "{\"error\":\"no stub route\"}"));
        Reply reply;
        try {
            reply = route.apply(call);
        } catch (RuntimeException e) {
            reply = Reply.json(500, "{\"error\":\"stub failed\"}");
        }
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
