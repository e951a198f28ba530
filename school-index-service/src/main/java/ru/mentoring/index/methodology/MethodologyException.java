package ru.mentoring.index.methodology;

import java.util.Objects;

/**
 * The methodology version itself is invalid (negative weight, duplicate code, ...).
 * Carries the offending field and a reason in Russian that can be shown to the coordinator as is.
 */
public class MethodologyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    MethodologyException(String field, String reason) {
        super(reason);
        this.field = Objects.requireNonNull(field, "field");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Path of the offending field, e.g. {@code indicators[MATH].weight}. */
    public String field() {
        return field;
    }

    /** Human reason in Russian. */
    public String reason() {
        return reason;
    }
}
