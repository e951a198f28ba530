package ru.mentoring.registry.exchange;

/** An upload above the limit (10 MB): 413. */
public class FileTooLargeException extends RuntimeException {

    public FileTooLargeException(String message) {
        super(message);
    }
}
