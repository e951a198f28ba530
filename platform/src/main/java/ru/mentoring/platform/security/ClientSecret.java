package ru.mentoring.platform.security;

import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * A service's confidential client secret (client credentials for its calls to other services and to
 * Keycloak) has no default anywhere: a secret in the code or the realm file is known to everyone who
 * read the repository, and with the registry's it opens Keycloak's user administration. A service
 * that makes such calls (Spring Security's OAuth2 client on its class path) refuses to start without
 * {@code platform.keycloak.client-secret}; the launcher and the end-to-end tests make one per run.
 */
public final class ClientSecret {

    public static final String PROPERTY = "platform.keycloak.client-secret";
    public static final String ENVIRONMENT_VARIABLE = "PLATFORM_KEYCLOAK_CLIENT_SECRET";
    static final String REGISTRATION_SECRET = "spring.security.oauth2.client.registration.keycloak.client-secret";
    private static final String OAUTH2_CLIENT = "org.springframework.security.oauth2.client.registration.ClientRegistration";

    private ClientSecret() {
    }

    /** Throws {@link MissingClientSecretException} when the service needs a secret and none is set. */
    public static void require(Environment environment) {
        if (!ClassUtils.isPresent(OAUTH2_CLIENT, ClientSecret.class.getClassLoader())) {
            return; // no client credentials in this process (the gateway)
        }
        if (isSet(environment, PROPERTY) || isSet(environment, REGISTRATION_SECRET)) {
            return;
        }
        throw new MissingClientSecretException(environment.getProperty("spring.application.name", "this service"));
    }

    private static boolean isSet(Environment environment, String property) {
        // set in any source (a command-line argument, the environment, a configuration file)
        String value = environment.getProperty(property);
        return value != null && !value.isBlank();
    }
}
