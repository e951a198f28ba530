package ru.mentoring.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The caller of the current request (servlet side), taken from the validated token. */
public final class CurrentCaller {

    private CurrentCaller() {
    }

    public static Optional<CallerIdentity> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Optional.of(CallerIdentity.fromClaims(jwt.getToken().getClaims()));
        }
        return Optional.empty();
    }

    /** The caller; only for code behind an authenticated endpoint. */
    public static CallerIdentity get() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated caller in this thread"));
    }
}
