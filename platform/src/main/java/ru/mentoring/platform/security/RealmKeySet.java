package ru.mentoring.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the realm's key set (its JWKS) and tells {@link VerifiedTokens} to forget every token
 * when a key is added, rotated or removed: a signature checked under the old set is not trusted
 * under the new one. Read every {@code interval} on a daemon thread of its own, so no request waits
 * for it; an unreachable Keycloak changes nothing (the last known set stays).
 */
public final class RealmKeySet implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RealmKeySet.class);

    private final URI jwkSetUri;
    private final Runnable onChange;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private ScheduledExecutorService scheduler;
    private volatile String fingerprint;
    /** When Keycloak last answered with the key set, and what went wrong since (null: nothing). */
    private volatile Instant answeredAt;
    private volatile String problem = "not read yet";

    RealmKeySet(URI jwkSetUri, Runnable onChange) {
        this.jwkSetUri = jwkSetUri;
        this.onChange = onChange;
    }

    /** Starts watching {@code jwkSetUri}; {@link #close()} stops. */
    public static RealmKeySet watch(String jwkSetUri, Duration interval, VerifiedTokens tokens) {
        RealmKeySet keys = new RealmKeySet(URI.create(jwkSetUri), tokens::forgetAll);
        keys.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "realm-key-set");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        keys.scheduler.scheduleWithFixedDelay(keys::check, 0, millis, TimeUnit.MILLISECONDS);
        return keys;
    }

    /**
     * Reads the key set once; a set other than the last one seen (the first one too: tokens may have
     * been remembered before Keycloak was reachable) makes every token be checked afresh.
     */
    void check() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(jwkSetUri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.debug("Realm key set {} answered {}", jwkSetUri, response.statusCode());
                problem = "the key set answered " + response.statusCode();
                return;
            }
            String current = fingerprint(response.body());
            answeredAt = Instant.now();
            problem = null;
            if (!current.equals(fingerprint)) {
                if (fingerprint != null) {
                    log.info("The realm's key set changed: every token is checked afresh");
                }
                fingerprint = current;
                onChange.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.debug("Realm key set {} not read: {}", jwkSetUri, e.toString());
            problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    /**
     * Keycloak as this service sees it now (the key set read once more): for the health endpoint. A
     * read of a moment ago is not trusted, Keycloak may have stopped since. Tokens keep being checked
     * against the last known keys either way.
     */
    public KeycloakState state() {
        check();
        return new KeycloakState(problem == null, answeredAt, problem, jwkSetUri.toString());
    }

    /** @param answering whether the last read of the key set succeeded */
    public record KeycloakState(boolean answering, Instant answeredAt, String problem, String keySet) {
    }

    /** The keys' ids and thumbprints in a stable order: the same set reads the same whatever Keycloak's order. */
    static String fingerprint(String jwks) throws ParseException, JOSEException {
        TreeSet<String> keys = new TreeSet<>();
        for (JWK key : JWKSet.parse(jwks).getKeys()) {
            keys.add(key.getKeyID() + "=" + key.computeThumbprint());
        }
        return String.join(",", keys);
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
