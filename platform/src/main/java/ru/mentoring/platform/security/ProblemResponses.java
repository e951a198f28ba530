package ru.mentoring.platform.security;

import java.nio.charset.StandardCharsets;

/**
 * RFC 9457 bodies for the answers Spring Security gives before a controller is reached, so that a
 * 401 or 403 looks like every other error of the platform.
 */
public final class ProblemResponses {

    public static final String CONTENT_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static byte[] body(int status, String title, String detail, String instance, String correlationId) {
        StringBuilder json = new StringBuilder(256)
                .append("{\"type\":\"about:blank\",\"title\":").append(quote(title))
                .append(",\"status\":").append(status)
                .append(",\"detail\":").append(quote(detail));
        if (instance != null) {
            json.append(",\"instance\":").append(quote(instance));
        }
        if (correlationId != null) {
            json.append(",\"correlationId\":").append(quote(correlationId));
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] unauthorized(String instance, String correlationId) {
        return body(401, "Unauthorized", "Требуется действительный токен доступа.", instance, correlationId);
    }

    public static byte[] forbidden(String instance, String correlationId) {
        return body(403, "Forbidden", "Недостаточно прав для этого действия.", instance, correlationId);
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
