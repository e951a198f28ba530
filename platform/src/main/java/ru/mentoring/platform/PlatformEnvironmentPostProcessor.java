package ru.mentoring.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

import ru.mentoring.platform.db.DatabaseRoles;
import ru.mentoring.platform.db.DatabaseTimeouts;
import ru.mentoring.platform.db.EmbeddedDatabaseProperties;
import ru.mentoring.platform.security.ClientSecret;

/**
 * The defaults every service shares (Keycloak issuer and audience, Actuator exposure, log pattern
 * with the correlation id, client credentials for service-to-service calls) and the embedded
 * default: with no {@code spring.datasource.url} a service starts on an embedded PostgreSQL.
 * Anything set in a service's configuration or the environment wins.
 */
public class PlatformEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ClientSecret.require(environment);
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("platform.keycloak.url", "http://localhost:8180");
        defaults.put("platform.keycloak.realm", "mentoring");
        defaults.put("spring.security.oauth2.resourceserver.jwt.issuer-uri",
                "${platform.keycloak.url}/realms/${platform.keycloak.realm}");
        defaults.put("spring.security.oauth2.resourceserver.jwt.audiences", "mentoring-api");
        defaults.put("spring.security.oauth2.client.registration.keycloak.client-id", "${spring.application.name}");
        // no default: a known secret would be everyone's (see ClientSecret)
        defaults.put("spring.security.oauth2.client.registration.keycloak.client-secret", "${platform.keycloak.client-secret}");
        defaults.put("spring.security.oauth2.client.registration.keycloak.authorization-grant-type", "client_credentials");
        defaults.put("spring.security.oauth2.client.provider.keycloak.token-uri",
                "${platform.keycloak.internal-url:${platform.keycloak.url}}/realms/${platform.keycloak.realm}/protocol/openid-connect/token");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        // Keycloak unreachable is DEGRADED (KeycloakHealthIndicator): worse than UP, answered 200, not DOWN
        defaults.put("management.endpoint.health.status.order", "DOWN,OUT_OF_SERVICE,DEGRADED,UP,UNKNOWN");
        // which part is not UP (names and statuses only, no details): an operator sees "keycloak": DEGRADED
        defaults.put("management.endpoint.health.show-components", "always");
        defaults.put("management.metrics.tags.application", "${spring.application.name}");
        defaults.put("logging.pattern.correlation", "[%X{correlationId:-}] ");
        defaults.put("spring.jpa.open-in-view", "false");
        defaults.put("spring.jpa.hibernate.ddl-auto", "validate");
        defaults.put("spring.mvc.problemdetails.enabled", "true");
        // an absent boolean flag in a request means false, as a person filling a form expects
        defaults.put("spring.jackson.deserialization.fail-on-null-for-primitives", "false");
        defaults.put("server.error.include-message", "never");
        // SIGTERM (a stop, a Kubernetes pod ending): requests in flight are finished, new ones refused; then the
        // context closes. The k8s manifests give preStop 5 s + this 20 s within their 40 s grace period.
        defaults.put("server.shutdown", "graceful");
        defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "20s");
        if (usesJdbc()) {
            defaults.putAll(DatabaseTimeouts.defaults());
        }
        environment.getPropertySources().addLast(new MapPropertySource("platformDefaults", defaults));

        if (usesJdbc() && !environment.containsProperty("spring.datasource.url")
                && environment.getProperty("platform.embedded-postgres.enabled", Boolean.class, true)) {
            environment.getPropertySources().addFirst(EmbeddedDatabaseProperties.start(environment.getProperty("platform.db.schema")));
        }
        if (usesJdbc()) {
            migrationUser(environment);
        }
    }

    /**
     * With a migration user ({@code spring.liquibase.user}, the tables' owner) Liquibase connects on
     * its own, to the application's database with the root tenant for the session; the
     * application's role defaults to {@code <schema>_app}.
     */
    private static void migrationUser(ConfigurableEnvironment environment) {
        String url = environment.getProperty("spring.datasource.url");
        if (!environment.containsProperty("spring.liquibase.user") || url == null) {
            return;
        }
        Map<String, Object> derived = new LinkedHashMap<>();
        if (!environment.containsProperty("spring.liquibase.url")) {
            derived.put("spring.liquibase.url", DatabaseRoles.migrationUrl(url));
        }
        String schema = environment.getProperty("platform.db.schema");
        if (!environment.containsProperty("spring.datasource.username") && schema != null) {
            derived.put("spring.datasource.username", DatabaseRoles.defaultAppRole(schema));
        }
        environment.getPropertySources().addLast(new MapPropertySource("platformDatabaseRoles", derived));
    }

    private static boolean usesJdbc() {
        ClassLoader loader = PlatformEnvironmentPostProcessor.class.getClassLoader();
        return ClassUtils.isPresent("org.springframework.jdbc.core.JdbcTemplate", loader)
                && ClassUtils.isPresent("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", loader);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
