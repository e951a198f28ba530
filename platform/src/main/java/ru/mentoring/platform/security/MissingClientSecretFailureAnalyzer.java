package ru.mentoring.platform.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in the start-up failure report which property is missing and where its value comes from. */
public class MissingClientSecretFailureAnalyzer extends AbstractFailureAnalyzer<MissingClientSecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingClientSecretException cause) {
        return new FailureAnalysis(
                cause.service() + " has no Keycloak client secret: the property " + ClientSecret.PROPERTY
                        + " is not set, and there is no default.",
                "Set " + ClientSecret.PROPERTY + " (environment variable " + ClientSecret.ENVIRONMENT_VARIABLE
                        + ") to the secret of the Keycloak client " + cause.service()
                        + " (Keycloak admin console: Clients > " + cause.service() + " > Credentials). "
                        + "./run-platform makes one per data folder (kept in its secrets.properties), the end-to-end tests one per run.",
                cause);
    }
}
