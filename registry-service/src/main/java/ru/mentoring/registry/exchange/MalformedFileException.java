package ru.mentoring.registry.exchange;

/** A file that cannot be read as a table at all (not XLSX/CSV, damaged, empty, no header): 400. */
public class MalformedFileException extends RuntimeException {

    private final String field;

    public MalformedFileException(String field, String message) {
        super(message);
        this.field = field;
    }

    public MalformedFileException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
