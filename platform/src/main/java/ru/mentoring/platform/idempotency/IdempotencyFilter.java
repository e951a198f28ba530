package ru.mentoring.platform.idempotency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import ru.mentoring.platform.security.ProblemResponses;
import ru.mentoring.platform.upload.ReceivedBytes;
import ru.mentoring.platform.web.CorrelationId;

/**
 * Runs a request that carries {@code Idempotency-Key} once per caller, method, target and key, and
 * answers its retries with the first answer ({@code Idempotency-Replayed: true}). A retry while
 * the first still runs is 409 with {@code Retry-After}; the key reused for another body is 422. A
 * server error (5xx) or an answer worth retrying (401, 403, 408, 409, 413, 425, 429) is not kept: the
 * key stays usable. Runs after Spring Security, so the caller is known and an unauthenticated
 * request never claims a key.
 *
 * <p>The body of a retry is compared with the first by its SHA-256 where the request's own stream
 * carries it (CSV, XLSX, JSON); for multipart and form bodies, which the servlet container parses
 * itself, by their length.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<Integer> NOT_KEPT = Set.of(401, 403, 408, 409, 413, 425, 429);

    private final IdempotentRequests requests;

    IdempotencyFilter(IdempotentRequests requests) {
        this.requests = requests;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !METHODS.contains(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request.getHeader(HEADER));
        if (key == null) {
            problem(request, response, 400, "Bad Request",
                    "Заголовок Idempotency-Key должен содержать от 1 до 255 печатных символов ASCII.");
            return;
        }
        String scope = scope(request, key);
        switch (requests.claim(scope)) {
            case IdempotentRequests.Running running -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                problem(request, response, 409, "Conflict",
                        "Запрос с этим ключом Idempotency-Key ещё выполняется: повторите его немного позже.");
            }
            case IdempotentRequests.Answered answered -> replay(request, response, answered);
            case IdempotentRequests.Claimed claimed -> run(request, response, chain, scope);
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String scope)
            throws ServletException, IOException {
        HashedBody body = hashable(request) ? new HashedBody(request) : null;
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(body != null ? body : request, answer);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            requests.release(scope);
            throw e;
        }
        int status = answer.getStatus();
        if (status >= 500 || NOT_KEPT.contains(status)) {
            requests.release(scope);
        } else {
            requests.answer(scope, status, answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
                    answer.getContentAsByteArray(), body != null ? body.finish() : null, request.getContentLengthLong());
        }
        answer.copyBodyToResponse();
    }

    private void replay(HttpServletRequest request, HttpServletResponse response, IdempotentRequests.Answered answered)
            throws IOException {
        boolean same = answered.requestHash() != null && hashable(request)
                ? answered.requestHash().equals(new HashedBody(request).finish())
                : answered.requestLength() == request.getContentLengthLong();
        if (!same) {
            problem(request, response, 422, "Unprocessable Content",
                    "Ключ Idempotency-Key уже использован для другого запроса: для нового запроса нужен новый ключ.");
            return;
        }
        response.setStatus(answered.status());
        response.setHeader(REPLAYED, "true");
        if (answered.contentType() != null) {
            response.setContentType(answered.contentType());
        }
        if (answered.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answered.location());
        }
        byte[] body = answered.body() == null ? new byte[0] : answered.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The key as sent, or as an RFC 8941 string ({@code "…"}), or null when it is no key. */
    static String key(String header) {
        String key = header.length() >= 2 && header.startsWith("\"") && header.endsWith("\"")
                ? header.substring(1, header.length() - 1) : header;
        if (key.isEmpty() || key.length() > 255) {
            return null;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
        }
        return key;
    }

    /** The caller, the method, the target and the key, hashed: the key is the caller's own. */
    private static String scope(HttpServletRequest request, String key) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String who = caller instanceof JwtAuthenticationToken jwt
                ? jwt.getToken().getSubject() + "/" + jwt.getToken().getClaimAsString("preferred_username")
                : caller == null || !caller.isAuthenticated() ? "" : caller.getName();
        String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return sha256Hex(String.join("\n", who, request.getMethod(), target, key).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean hashable(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !(type.regionMatches(true, 0, "multipart/", 0, 10)
                || type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33));
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(ProblemResponses.CONTENT_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(ProblemResponses.body(status, title, detail, request.getRequestURI(),
                MDC.get(CorrelationId.MDC_KEY)));
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The request whose body is hashed as the service reads it; {@link #finish} reads what it left. */
    private static final class HashedBody extends HttpServletRequestWrapper {

        private ServletInputStream stream;
        private ReceivedBytes received;

        HashedBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                received = new ReceivedBytes(in);
                stream = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        return received.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        return received.read(b, off, len);
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset)));
        }

        /** The SHA-256 of the whole body: what the service did not read is read here. */
        String finish() throws IOException {
            getInputStream();
            return received.finish();
        }
    }
}
