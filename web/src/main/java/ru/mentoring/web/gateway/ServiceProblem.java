package ru.mentoring.web.gateway;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A service's problem details (RFC 9457) as the platform writes them: Russian {@code title} and
 * {@code detail}, and per field or per imported cell what is wrong.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceProblem(int status, String title, String detail, List<FieldProblem> errors) {

    public ServiceProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * @param field  the request's field (or the import's column) it is about
     * @param row    the imported row, for imports; null otherwise
     * @param reason what is wrong, in Russian
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldProblem(String field, Integer row, String reason) {
    }

    /** The reason given for one field, or null: shown next to that field. */
    public String reasonFor(String field) {
        return errors.stream().filter(e -> field.equals(e.field()) && e.row() == null).map(FieldProblem::reason)
                .findFirst().orElse(null);
    }

    /** The rows of an import's table of errors. */
    public List<FieldProblem> rowErrors() {
        return errors.stream().filter(e -> e.row() != null).toList();
    }

    /** What to show a person: the detail, else the title, else a general sentence. */
    public String message() {
        if (detail != null && !detail.isBlank()) {
            return detail;
        }
        return title != null && !title.isBlank() ? title : "Сервис не смог выполнить запрос.";
    }
}
