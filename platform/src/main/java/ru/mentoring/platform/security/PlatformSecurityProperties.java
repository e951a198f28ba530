package ru.mentoring.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths paths a service serves without a token (e.g. a questionnaire answered through a
 *                    personal link); everything else needs a valid Keycloak token
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(List<String> publicPaths) {

    public PlatformSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
