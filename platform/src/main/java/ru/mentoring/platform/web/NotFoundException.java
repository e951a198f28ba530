package ru.mentoring.platform.web;

/**
 * A resource that does not exist or that the caller may not see: both answer 404 with the same
 * words, so that another school's data leaves no trace.
 */
public class NotFoundException extends RuntimeException {

    private final String resource;
    private final String id;

    public NotFoundException(String resource, Object id) {
        super(resource + " not found: " + id);
        this.resource = resource;
        this.id = String.valueOf(id);
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}
