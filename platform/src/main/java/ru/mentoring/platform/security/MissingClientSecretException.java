package ru.mentoring.platform.security;

/** The service was started without its Keycloak client secret (see {@link ClientSecret}). */
public class MissingClientSecretException extends IllegalStateException {

    private final String service;

    public MissingClientSecretException(String service) {
        super("No Keycloak client secret for " + service + ": set " + ClientSecret.PROPERTY + " (environment variable "
                + ClientSecret.ENVIRONMENT_VARIABLE + ")");
        this.service = service;
    }

    public String service() {
        return service;
    }
}
