package ru.mentoring.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** The id that follows one request through the gateway, the services and their log lines. */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private CorrelationId() {
    }

    /** Keeps a well-formed incoming id, replaces anything else, so that a header cannot inject log lines. */
    public static String acceptOrCreate(String incoming) {
        return incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }
}
