package ru.mentoring.web.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether Keycloak answers, asked before a person is sent to its login page: a browser sent to a
 * Keycloak that is down shows its own connection error, which says nothing to a coordinator. The
 * answer is kept for a few seconds, so that a wave of logins costs one probe.
 */
public class KeycloakReachability {

    private static final Duration KEPT = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final URI realm;
    private final HttpClient http;
    private final Clock clock;
    private volatile Instant askedAt = Instant.EPOCH;
    private volatile boolean answered = true;

    KeycloakReachability(String internalRealmBase, Clock clock) {
        this.realm = URI.create(internalRealmBase);
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    public boolean answers() {
        Instant now = clock.instant();
        if (now.isBefore(askedAt.plus(KEPT))) {
            return answered;
        }
        boolean up;
        try {
            // the realm's public description: 200 from a Keycloak that can serve the login page
            up = http.send(HttpRequest.newBuilder(realm).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            up = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            up = false;
        }
        answered = up;
        askedAt = now;
        return up;
    }
}
