package ru.mentoring.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * full check, and the time, issuer and audience checks still run on every use, so an expired token
 * is refused as before. Keys Keycloak rotates out stay trusted for the tokens already checked, until
 * those expire (minutes).
 *
 * <p>Bounded: when full, everything is forgotten and checked afresh.
 */
public final class VerifiedTokens {

    public static final int DEFAULT_CAPACITY = 10_000;

    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();
    private final OAuth2TokenValidator<Jwt> validator;
    private final int capacity;

    public VerifiedTokens(OAuth2TokenValidator<Jwt> validator, int capacity) {
        this.validator = validator;
        this.capacity = capacity;
    }

    /** The checked token, its claims validated again now; null when it has not been checked yet. */
    public Jwt lookup(String token) {
        Jwt jwt = verified.get(token);
        if (jwt == null) {
            return null;
        }
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            verified.remove(token);
            String description = result.getErrors().iterator().next().getDescription();
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: " + description,
                    result.getErrors());
        }
        return jwt;
    }

    /** Called with what the full check (signature and claims) accepted. */
    public void remember(String token, Jwt jwt) {
        if (verified.size() >= capacity) {
            verified.clear();
        }
        verified.put(token, jwt);
    }

    int size() {
        return verified.size();
    }

    /** A decoder that checks each distinct token once with {@code delegate} and then by its claims only. */
    public static JwtDecoder caching(JwtDecoder delegate, OAuth2TokenValidator<Jwt> validator, int capacity) {
        VerifiedTokens tokens = new VerifiedTokens(validator, capacity);
        return token -> {
            Jwt known = tokens.lookup(token);
            if (known != null) {
                return known;
            }
            Jwt jwt = delegate.decode(token);
            tokens.remember(token, jwt);
            return jwt;
        };
    }
}
