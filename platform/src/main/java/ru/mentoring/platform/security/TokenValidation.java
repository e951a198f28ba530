package ru.mentoring.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * One rule for every token check of the platform, gateway and services alike: Keycloak's signature
 * (by the realm's JWK set), our issuer, our audience, not expired beyond the allowed skew, a life no
 * longer than the realm gives its tokens, and the role internal-service only in a token issued to one
 * of our services.
 */
public final class TokenValidation {

    private TokenValidation() {
    }

    /**
     * Where the realm's keys are fetched: {@code platform.keycloak.internal-url} when Keycloak is
     * reached inside a cluster under another name than the issuer in the tokens, else the issuer.
     */
    public static String jwkSetUri(Environment environment) {
        String issuer = environment.getRequiredProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        String internal = environment.getProperty("platform.keycloak.internal-url");
        String base = internal == null || internal.isBlank()
                ? issuer
                : internal + "/realms/" + environment.getProperty("platform.keycloak.realm", "mentoring");
        return base + "/protocol/openid-connect/certs";
    }

    /** The memory of checked tokens with the platform's claim checks, for a decoder of the realm's tokens. */
    public static VerifiedTokens verifiedTokens(Environment environment,
            PlatformSecurityProperties properties) {
        String issuer = environment.getRequiredProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        return new VerifiedTokens(validator(issuer, properties), VerifiedTokens.DEFAULT_CAPACITY, properties.verifiedTokenTtl(),
                System::nanoTime);
    }

    public static OAuth2TokenValidator<Jwt> validator(String issuer, PlatformSecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(properties.audience())),
                lifetimeAtMost(properties.maxTokenLifetime()),
                internalServiceOnlyFor(properties));
    }

    /**
     * A token that lives longer than the realm's access-token lifespan was not minted by the realm as
     * configured (a client given a longer lifespan, or a stolen signing key): refused, as is one
     * without the times to tell.
     */
    static OAuth2TokenValidator<Jwt> lifetimeAtMost(Duration max) {
        return jwt -> {
            Instant issued = jwt.getIssuedAt();
            Instant expires = jwt.getExpiresAt();
            if (issued == null || expires == null) {
                return failure("The token must say when it was issued and when it expires");
            }
            if (Duration.between(issued, expires).compareTo(max) > 0) {
                return failure("The token lives longer than " + max.toSeconds() + " s");
            }
            return OAuth2TokenValidatorResult.success();
        };
    }

    /**
     * The realm role internal-service opens every tenant: it counts only in a token our own services
     * got with their client credentials ({@code azp}), never in one of another client, whoever
     * mapped the role there.
     */
    static OAuth2TokenValidator<Jwt> internalServiceOnlyFor(PlatformSecurityProperties properties) {
        return jwt -> carriesInternalService(jwt.getClaims()) && !properties.isServiceClient(jwt.getClaims().get("azp"))
                ? failure("The role internal-service is accepted only from the platform's services")
                : OAuth2TokenValidatorResult.success();
    }

    /** Whether the claims carry the realm role internal-service. */
    public static boolean carriesInternalService(Map<String, Object> claims) {
        return claims.get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> roles
                && roles.stream().anyMatch(r -> Role.INTERNAL_SERVICE.realmRole().equals(String.valueOf(r)));
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
