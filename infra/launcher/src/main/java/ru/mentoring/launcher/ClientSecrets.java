package ru.mentoring.launcher;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The confidential clients' secrets of one run: made here from {@link SecureRandom}, written into the
 * realm Keycloak imports and handed to each service process in its environment
 * ({@code PLATFORM_KEYCLOAK_CLIENT_SECRET}, not on the command line where {@code ps} shows it). They
 * live as long as the run; none is in the repository, so reading it opens nothing.
 */
public final class ClientSecrets {

    /** The services with a confidential client of the same name (the gateway has none). */
    static final List<String> SERVICES = List.of("registry-service", "school-index-service", "monitoring-service");
    /** The web application's confidential client (authorization code with PKCE). */
    static final String WEB_CLIENT = "mentoring-web";

    private final Map<String, String> secrets;

    private ClientSecrets(Map<String, String> secrets) {
        this.secrets = Map.copyOf(secrets);
    }

    static ClientSecrets generate() {
        SecureRandom random = new SecureRandom();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String client : java.util.stream.Stream.concat(SERVICES.stream(), java.util.stream.Stream.of(WEB_CLIENT)).toList()) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            secrets.put(client, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return new ClientSecrets(secrets);
    }

    /** The secret of a confidential client of this run. */
    public String of(String clientId) {
        String secret = secrets.get(clientId);
        if (secret == null) {
            throw new IllegalArgumentException("no confidential client " + clientId + " (known: " + secrets.keySet() + ")");
        }
        return secret;
    }

    /** The confidential client a module of the platform logs in with: a service's own name, {@code mentoring-web} for web. */
    static String clientOf(String module) {
        return "web".equals(module) ? WEB_CLIENT : module;
    }

    boolean has(String clientId) {
        return secrets.containsKey(clientId);
    }
}
