package ru.mentoring.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * @param publicPaths         paths a service serves without a token (e.g. a questionnaire answered through a
 *                            personal link); everything else needs a valid Keycloak token
 * @param audience            the audience every accepted token must carry (the realm's clients add it)
 * @param clockSkew           tolerance for the token's times; the end-to-end tests set 0 to prove expiry
 * @param serviceClients      the confidential clients of our services: only their tokens ({@code azp}) may carry
 *                            the realm role internal-service, and the gateway lets none of their tokens in
 * @param maxTokenLifetime    the longest a token may live (exp − iat): the realm's access-token lifespan, so a
 *                            token minted with a longer life (a misconfigured or foreign client) is refused
 * @param verifiedTokenTtl    how long a token whose signature was checked is trusted without checking it again
 * @param keySetCheckInterval how often the realm's key set is read to notice a rotated or removed key, upon
 *                            which every remembered token is checked afresh
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(List<String> publicPaths, String audience, Duration clockSkew,
        List<String> serviceClients, Duration maxTokenLifetime, Duration verifiedTokenTtl, Duration keySetCheckInterval) {

    public static final List<String> SERVICE_CLIENTS = List.of("registry-service", "school-index-service", "monitoring-service");

    @ConstructorBinding
    public PlatformSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        audience = audience == null ? "mentoring-api" : audience;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        serviceClients = serviceClients == null ? SERVICE_CLIENTS : List.copyOf(serviceClients);
        // the realm's accessTokenLifespan (infra/keycloak/mentoring-realm.json)
        maxTokenLifetime = maxTokenLifetime == null ? Duration.ofMinutes(15) : maxTokenLifetime;
        verifiedTokenTtl = verifiedTokenTtl == null ? Duration.ofMinutes(2) : verifiedTokenTtl;
        keySetCheckInterval = keySetCheckInterval == null ? Duration.ofSeconds(30) : keySetCheckInterval;
    }

    public PlatformSecurityProperties(List<String> publicPaths, String audience, Duration clockSkew) {
        this(publicPaths, audience, clockSkew, null, null, null, null);
    }

    /** Whether the token was issued to one of our services (its {@code azp}, the authorized party). */
    public boolean isServiceClient(Object authorizedParty) {
        return authorizedParty != null && serviceClients.contains(authorizedParty.toString());
    }
}
