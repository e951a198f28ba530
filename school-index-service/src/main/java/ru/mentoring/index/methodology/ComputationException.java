package ru.mentoring.index.methodology;

import java.util.Objects;

/**
 * The methodology is valid but the data do not allow the computation (too few schools for quartiles or
 * for the regression, a year without data, duplicate input values, ...). The web layer turns it into a 422.
 */
public class ComputationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Integer year;
    private final String reason;

    ComputationException(Integer year, String reason) {
        super(reason);
        this.year = year;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The year the problem is about, or {@code null} when it is not about one year. */
    public Integer year() {
        return year;
    }

    /** Human reason in Russian. */
    public String reason() {
        return reason;
    }
}
