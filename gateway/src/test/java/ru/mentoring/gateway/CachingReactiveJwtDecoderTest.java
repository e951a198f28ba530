package ru.mentoring.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;
import ru.mentoring.platform.security.PlatformSecurityProperties;
import ru.mentoring.platform.security.TokenValidation;
import ru.mentoring.platform.security.VerifiedTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingReactiveJwtDecoderTest {

    static final String ISSUER = "http://keycloak/realms/mentoring";
    final VerifiedTokens tokens = new VerifiedTokens(
            TokenValidation.validator(ISSUER, new PlatformSecurityProperties(null, "mentoring-api", Duration.ZERO)), 100);

    static Jwt jwt(String value, Instant expiresAt) {
        return Jwt.withTokenValue(value).header("alg", "RS256").issuer(ISSUER).audience(List.of("mentoring-api"))
                .issuedAt(expiresAt.minusSeconds(300)).expiresAt(expiresAt).subject("u").build();
    }

    @Test
    void theGatewayChecksATokensSignatureOnceAndItsClaimsEveryTime() {
        AtomicInteger fullChecks = new AtomicInteger();
        Jwt valid = jwt("a.b.c", Instant.now().plusSeconds(300));
        ReactiveJwtDecoder decoder = GatewaySecurity.caching(token -> Mono.fromSupplier(() -> {
            fullChecks.incrementAndGet();
            return valid;
        }), tokens);

        assertThat(decoder.decode("a.b.c").block()).isSameAs(valid);
        assertThat(decoder.decode("a.b.c").block()).isSameAs(valid);
        assertThat(fullChecks).hasValue(1);
    }

    @Test
    void aRejectedTokenIsCheckedAgainAndAnExpiredRememberedOneIsRefusedAsAnError() {
        AtomicInteger fullChecks = new AtomicInteger();
        ReactiveJwtDecoder decoder = GatewaySecurity.caching(token -> Mono.defer(() -> {
            fullChecks.incrementAndGet();
            return Mono.error(new BadJwtException("bad signature"));
        }), tokens);
        assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThat(fullChecks).hasValue(2);

        tokens.remember("old", jwt("old", Instant.now().minusSeconds(1)));
        assertThatThrownBy(() -> decoder.decode("old").block()).isInstanceOf(JwtValidationException.class);
    }
}
