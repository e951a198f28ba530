package ru.mentoring.registry.school;

/** Keycloak did not do what the registry needed (down, refusing, or switched off): 503, nothing stored. */
public class KeycloakUnavailableException extends RuntimeException {

    private final boolean disabled;

    KeycloakUnavailableException(String message) {
        super(message);
        this.disabled = false;
    }

    KeycloakUnavailableException(String message, boolean disabled) {
        super(message);
        this.disabled = disabled;
    }

    KeycloakUnavailableException(String message, Throwable cause) {
        super(message, cause);
        this.disabled = false;
    }

    public boolean disabled() {
        return disabled;
    }
}
