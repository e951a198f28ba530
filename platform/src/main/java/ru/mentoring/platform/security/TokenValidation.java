package ru.mentoring.platform.security;

import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * One rule for every token check of the platform, gateway and services alike: Keycloak's signature
 * (by the realm's JWK set), our issuer, our audience, not expired beyond the allowed skew.
 */
public final class TokenValidation {

    private TokenValidation() {
    }

    /**
     * Where the realm's keys are fetched: {@code platform.keycloak.internal-url} when Keycloak is
     * reached inside a cluster under another name than the issuer in the tokens, else the issuer.
     */
    public static String jwkSetUri(org.springframework.core.env.Environment environment) {
        String issuer = environment.getRequiredProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        String internal = environment.getProperty("platform.keycloak.internal-url");
        String base = internal == null || internal.isBlank()
                ? issuer
                : internal + "/realms/" + environment.getProperty("platform.keycloak.realm", "mentoring");
        return base + "/protocol/openid-connect/certs";
    }

    public static OAuth2TokenValidator<Jwt> validator(String issuer, PlatformSecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(properties.audience())));
    }
}
