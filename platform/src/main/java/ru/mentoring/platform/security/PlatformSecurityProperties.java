package ru.mentoring.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths paths a service serves without a token (e.g. a questionnaire answered through a
 *                    personal link); everything else needs a valid Keycloak token
 * @param audience    the audience every accepted token must carry (the realm's clients add it)
 * @param clockSkew   tolerance for the token's times; the end-to-end tests set 0 to prove expiry
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(List<String> publicPaths, String audience, Duration clockSkew) {

    public PlatformSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        audience = audience == null ? "mentoring-api" : audience;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
    }
}
