package ru.mentoring.platform.security;

import java.util.concurrent.atomic.AtomicLong;
import java.util.List;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    static final String ISSUER = "http://keycloak/realms/mentoring";
    final PlatformSecurityProperties properties = new PlatformSecurityProperties(null, "mentoring-api", Duration.ZERO);

    static Jwt jwt(String value, Instant expiresAt) {
        return Jwt.withTokenValue(value).header("alg", "RS256").issuer(ISSUER).audience(List.of("mentoring-api"))
                .issuedAt(expiresAt.minusSeconds(300)).expiresAt(expiresAt).subject("u").build();
    }

    @Test
    void aTokenIsCheckedByTheFullDecoderOnceAndThenServedByItsClaims() {
        AtomicInteger fullChecks = new AtomicInteger();
        Jwt valid = jwt("a.b.c", Instant.now().plusSeconds(300));
        JwtDecoder decoder = VerifiedTokens.caching(token -> {
            fullChecks.incrementAndGet();
            return valid;
        }, TokenValidation.validator(ISSUER, properties), 100);

        assertThat(decoder.decode("a.b.c")).isSameAs(valid);
        assertThat(decoder.decode("a.b.c")).isSameAs(valid);
        assertThat(fullChecks).hasValue(1);
        decoder.decode("a.b.d");
        assertThat(fullChecks).as("another text is another token").hasValue(2);
    }

    @Test
    void aTokenTheFullCheckRejectsIsNeverRemembered() {
        AtomicInteger fullChecks = new AtomicInteger();
        JwtDecoder decoder = VerifiedTokens.caching(token -> {
            fullChecks.incrementAndGet();
            throw new BadJwtException("bad signature");
        }, TokenValidation.validator(ISSUER, properties), 100);

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(fullChecks).hasValue(2);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        VerifiedTokens tokens = new VerifiedTokens(TokenValidation.validator(ISSUER, properties), 100);
        tokens.remember("old", jwt("old", Instant.now().minusSeconds(1)));

        assertThatThrownBy(() -> tokens.lookup("old")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(tokens.lookup("old")).as("forgotten after the refusal").isNull();
    }

    @Test
    void theMemoryIsBoundedByForgettingEverythingWhenFull() {
        VerifiedTokens tokens = new VerifiedTokens(TokenValidation.validator(ISSUER, properties), 3);
        for (int i = 0; i < 3; i++) {
            tokens.remember("t" + i, jwt("t" + i, Instant.now().plusSeconds(300)));
        }
        assertThat(tokens.size()).isEqualTo(3);
        tokens.remember("t3", jwt("t3", Instant.now().plusSeconds(300)));
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.lookup("t0")).isNull();
        assertThat(tokens.lookup("t3")).isNotNull();
    }

    @Test
    void aRememberedTokenIsCheckedInFullAgainAfterItsTimeToLive() {
        AtomicLong now = new AtomicLong();
        VerifiedTokens tokens = new VerifiedTokens(TokenValidation.validator(ISSUER, properties), 100, Duration.ofMinutes(2), now::get);
        tokens.remember("t", jwt("t", Instant.now().plusSeconds(300)));
        now.addAndGet(Duration.ofSeconds(119).toNanos());
        assertThat(tokens.lookup("t")).isNotNull();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(tokens.lookup("t")).as("two minutes after its check").isNull();
    }

    @Test
    void aChangeOfTheKeySetForgetsEveryTokenAndACheckBegunBeforeItRemembersNothing() {
        VerifiedTokens tokens = new VerifiedTokens(TokenValidation.validator(ISSUER, properties), 100);
        tokens.remember("a", jwt("a", Instant.now().plusSeconds(300)));
        long checkBegan = tokens.generation();
        tokens.forgetAll();
        assertThat(tokens.lookup("a")).isNull();
        tokens.remember("b", jwt("b", Instant.now().plusSeconds(300)), checkBegan);
        assertThat(tokens.lookup("b")).as("checked under the old key set").isNull();
        tokens.remember("b", jwt("b", Instant.now().plusSeconds(300)));
        assertThat(tokens.lookup("b")).isNotNull();
    }

    @Test
    void theCachingDecoderChecksEveryTokenInFullAfterAKeySetChange() {
        AtomicInteger fullChecks = new AtomicInteger();
        Jwt valid = jwt("a.b.c", Instant.now().plusSeconds(300));
        VerifiedTokens tokens = new VerifiedTokens(TokenValidation.validator(ISSUER, properties), 100);
        JwtDecoder decoder = VerifiedTokens.caching(token -> {
            fullChecks.incrementAndGet();
            return valid;
        }, tokens);
        decoder.decode("a.b.c");
        decoder.decode("a.b.c");
        tokens.forgetAll();
        decoder.decode("a.b.c");
        assertThat(fullChecks).hasValue(2);
    }
}
