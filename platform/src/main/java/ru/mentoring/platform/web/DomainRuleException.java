package ru.mentoring.platform.web;

import java.util.List;

/**
 * Input that is well-formed but breaks a domain rule (a duplicate, a pair without consent, too few
 * schools for quartiles): 422 or 409 with the field and the reason in the user's language.
 */
public class DomainRuleException extends RuntimeException {

    public record Violation(String field, String reason) {
    }

    private final int status;
    private final List<Violation> violations;

    public DomainRuleException(int status, String message, List<Violation> violations) {
        super(message);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    public static DomainRuleException unprocessable(String field, String reason) {
        return new DomainRuleException(422, reason, List.of(new Violation(field, reason)));
    }

    public static DomainRuleException conflict(String field, String reason) {
        return new DomainRuleException(409, reason, List.of(new Violation(field, reason)));
    }

    public int status() {
        return status;
    }

    public List<Violation> violations() {
        return violations;
    }
}
