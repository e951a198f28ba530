package ru.mentoring.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class TokenValidationTest {

    static final String ISSUER = "http://keycloak/realms/mentoring";
    final OAuth2TokenValidator<Jwt> validator = TokenValidation.validator(ISSUER, new PlatformSecurityProperties(null, null, null));

    static Jwt.Builder token(Duration lifetime) {
        Instant issued = Instant.now().minusSeconds(5);
        return Jwt.withTokenValue("t").header("alg", "RS256").issuer(ISSUER).audience(List.of("mentoring-api"))
                .issuedAt(issued).expiresAt(issued.plus(lifetime)).subject("u");
    }

    static Jwt.Builder withRoles(Jwt.Builder builder, String... roles) {
        return builder.claim("realm_access", Map.of("roles", List.of(roles)));
    }

    private String refusal(Jwt jwt) {
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        return result.hasErrors() ? result.getErrors().iterator().next().getDescription() : null;
    }

    @Test
    void aTokenLivingAsLongAsTheRealmAllowsIsAccepted() {
        assertThat(refusal(token(Duration.ofMinutes(15)).build())).isNull();
    }

    @Test
    void aTokenLivingLongerThanTheRealmsAccessTokenLifespanIsRefused() {
        assertThat(refusal(token(Duration.ofMinutes(15).plusSeconds(1)).build())).contains("lives longer than 900 s");
        assertThat(refusal(token(Duration.ofDays(365)).build())).contains("lives longer");
    }

    @Test
    void aTokenThatDoesNotSayWhenItWasIssuedIsRefused() {
        Jwt noIat = Jwt.withTokenValue("t").header("alg", "RS256").issuer(ISSUER).audience(List.of("mentoring-api"))
                .expiresAt(Instant.now().plusSeconds(60)).subject("u").build();
        assertThat(refusal(noIat)).contains("when it was issued");
    }

    @Test
    void theLongestLifetimeIsAProperty() {
        OAuth2TokenValidator<Jwt> strict = TokenValidation.validator(ISSUER,
                new PlatformSecurityProperties(null, null, null, null, Duration.ofMinutes(5), null, null));
        assertThat(strict.validate(token(Duration.ofMinutes(6)).build()).hasErrors()).isTrue();
        assertThat(strict.validate(token(Duration.ofMinutes(5)).build()).hasErrors()).isFalse();
    }

    @Test
    void internalServiceIsAcceptedFromTheServicesOwnClients() {
        for (String client : List.of("registry-service", "school-index-service", "monitoring-service")) {
            assertThat(refusal(withRoles(token(Duration.ofMinutes(15)), "internal-service").claim("azp", client).build()))
                    .as(client).isNull();
        }
    }

    @Test
    void internalServiceFromAnyOtherClientOrWithoutAnAuthorizedPartyIsRefused() {
        assertThat(refusal(withRoles(token(Duration.ofMinutes(15)), "coordinator", "internal-service").claim("azp", "mentoring-cli")
                .build())).contains("internal-service");
        assertThat(refusal(withRoles(token(Duration.ofMinutes(15)), "internal-service").claim("azp", "intruder-service").build()))
                .contains("internal-service");
        assertThat(refusal(withRoles(token(Duration.ofMinutes(15)), "internal-service").build())).contains("internal-service");
    }

    @Test
    void theKnownServiceClientsAreAProperty() {
        OAuth2TokenValidator<Jwt> onlyRegistry = TokenValidation.validator(ISSUER,
                new PlatformSecurityProperties(null, null, null, List.of("registry-service"), null, null, null));
        assertThat(onlyRegistry.validate(withRoles(token(Duration.ofMinutes(1)), "internal-service").claim("azp", "monitoring-service")
                .build()).hasErrors()).isTrue();
        assertThat(onlyRegistry.validate(withRoles(token(Duration.ofMinutes(1)), "internal-service").claim("azp", "registry-service")
                .build()).hasErrors()).isFalse();
    }

    @Test
    void aPersonsTokenOfAnyClientIsAccepted() {
        assertThat(refusal(withRoles(token(Duration.ofMinutes(15)), "coordinator").claim("azp", "mentoring-web").build())).isNull();
    }
}
