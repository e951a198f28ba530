package ru.mentoring.platform.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Tokens whose signature has been checked, by their exact text. A caller sends the same token with
 * every request for its whole life, and checking an RSA signature and parsing the token again each
 * time was the largest single cost of a read (about 15% of the CPU of the gateway and of a service
 * under load). A token is found here only if it is character for character one that passed the
 * full check, and the claim checks (times, issuer, audience, lifetime, internal-service) still run on
 * every use, so an expired token is refused as before.
 *
 * <p>Trust in a checked signature is short: a token is checked in full again after {@code ttl}
 * (minutes), and everything is forgotten when the realm's key set changes ({@link #forgetAll}, called
 * by {@link RealmKeySet}), so a key Keycloak rotates out or an administrator removes stops vouching for
 * tokens at once, not when they expire.
 *
 * <p>Bounded: when full, everything is forgotten and checked afresh.
 */
public final class VerifiedTokens {

    public static final int DEFAULT_CAPACITY = 10_000;
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(2);

    private record Entry(Jwt jwt, long rememberedAt) {
    }

    private final Map<String, Entry> verified = new ConcurrentHashMap<>();
    private final OAuth2TokenValidator<Jwt> validator;
    private final int capacity;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    /** Bumped when everything is forgotten, so a check that began before cannot remember its token after. */
    private volatile long generation;

    public VerifiedTokens(OAuth2TokenValidator<Jwt> validator, int capacity) {
        this(validator, capacity, DEFAULT_TTL, System::nanoTime);
    }

    public VerifiedTokens(OAuth2TokenValidator<Jwt> validator, int capacity, Duration ttl, LongSupplier nanoClock) {
        this.validator = validator;
        this.capacity = capacity;
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The checked token, its claims validated again now; null when it has not been checked yet (or too long ago). */
    public Jwt lookup(String token) {
        Entry entry = verified.get(token);
        if (entry == null) {
            return null;
        }
        if (nanoClock.getAsLong() - entry.rememberedAt() >= ttlNanos) {
            verified.remove(token, entry);
            return null;
        }
        Jwt jwt = entry.jwt();
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            verified.remove(token);
            String description = result.getErrors().iterator().next().getDescription();
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: " + description,
                    result.getErrors());
        }
        return jwt;
    }

    /** What {@link #remember(String, Jwt, long)} needs to know the key set has not changed since the check began. */
    public long generation() {
        return generation;
    }

    /** Called with what the full check (signature and claims) accepted. */
    public void remember(String token, Jwt jwt) {
        remember(token, jwt, generation);
    }

    /** Remembers the token unless everything was forgotten since {@code generation} (the check's start). */
    public void remember(String token, Jwt jwt, long generation) {
        if (generation != this.generation) {
            return;
        }
        if (verified.size() >= capacity) {
            verified.clear();
        }
        verified.put(token, new Entry(jwt, nanoClock.getAsLong()));
    }

    /** The realm's key set changed: every token is checked in full again. */
    public synchronized void forgetAll() {
        generation++;
        verified.clear();
    }

    /** The claim checks every use runs (the full check runs them too). */
    public OAuth2TokenValidator<Jwt> validator() {
        return validator;
    }

    int size() {
        return verified.size();
    }

    /** A decoder that checks each distinct token once with {@code delegate} and then by its claims only. */
    public static JwtDecoder caching(JwtDecoder delegate, OAuth2TokenValidator<Jwt> validator, int capacity) {
        return caching(delegate, new VerifiedTokens(validator, capacity));
    }

    /** A decoder that checks each distinct token with {@code delegate} once per {@code tokens}' trust. */
    public static JwtDecoder caching(JwtDecoder delegate, VerifiedTokens tokens) {
        return token -> {
            Jwt known = tokens.lookup(token);
            if (known != null) {
                return known;
            }
            long generation = tokens.generation();
            Jwt jwt = delegate.decode(token);
            tokens.remember(token, jwt, generation);
            return jwt;
        };
    }
}
