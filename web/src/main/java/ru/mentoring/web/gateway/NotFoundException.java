package ru.mentoring.web.gateway;

/**
 * A service answered 404: missing, or another tenant's (the services do not tell which, nor does
 * the page).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String path) {
        super("not found: " + path);
    }
}
