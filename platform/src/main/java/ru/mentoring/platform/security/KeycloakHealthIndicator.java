package ru.mentoring.platform.security;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Keycloak in a service's health: {@code DEGRADED}, never {@code DOWN}, when it does not answer. The
 * service still serves every caller whose token it can check with the keys it already holds; only new
 * logins and what needs Keycloak's admin API (a school's organization, an account) wait. DEGRADED
 * ranks between DOWN and UP and answers 200 (platform's defaults), and the Kubernetes probes
 * (liveness, readiness groups) do not include it: a Keycloak outage restarts nothing.
 */
final class KeycloakHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED",
            "Keycloak does not answer: tokens already issued keep working, new logins wait");

    private final RealmKeySet keys;

    KeycloakHealthIndicator(RealmKeySet keys) {
        this.keys = keys;
    }

    @Override
    public Health health() {
        RealmKeySet.KeycloakState state = keys.state();
        Health.Builder health = state.answering() ? Health.up() : Health.status(DEGRADED).withDetail("problem", state.problem());
        return health.withDetail("keySet", state.keySet())
                .withDetail("lastAnswered", state.answeredAt() == null ? "never" : state.answeredAt().toString())
                .build();
    }
}
