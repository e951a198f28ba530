package ru.mentoring.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** The loops must say exactly what Spring Security's regular expressions say. */
class RequestSyntaxTest {

    // the expressions of StrictHttpFirewall / StrictServerWebExchangeFirewall and DefaultBearerTokenResolver
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");
    private static final Pattern BEARER = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$", Pattern.CASE_INSENSITIVE);

    @Test
    void everyCodePointIsJudgedAsTheFirewallsExpressionsJudgeIt() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = "a" + new String(Character.toChars(cp)) + "b";
            assertThat(RequestSyntax.NAMES.test(s)).as("U+%04X in a name", cp).isEqualTo(NAMES.matcher(s).matches());
            assertThat(RequestSyntax.HEADER_VALUES.test(s)).as("U+%04X in a header value", cp)
                    .isEqualTo(HEADER_VALUES.matcher(s).matches());
        }
    }

    @Test
    void randomHeadersAreJudgedAsTheFirewallsExpressionsJudgeThem() {
        Random random = new Random(42);
        int[] interesting = {'\t', '\n', '\r', 0, 0x7f, 0x85, 0x378, 0xD800, 0xDC00, 0xFFFF, 'я', ' ', 'A', 0x1F600};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.appendCodePoint(random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : 0x20 + random.nextInt(0x5f));
            }
            assertThat(RequestSyntax.NAMES.test(s.toString())).as(s.toString()).isEqualTo(NAMES.matcher(s).matches());
            assertThat(RequestSyntax.HEADER_VALUES.test(s.toString())).as(s.toString()).isEqualTo(HEADER_VALUES.matcher(s).matches());
        }
    }

    @Test
    void aBearerHeaderGivesItsTokenAndAMalformedOneIsRefusedAsTheResolverDoes() {
        List<String> headers = new ArrayList<>(List.of(
                "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln-_~+/", "bearer abc", "BEARER abc==", "Bearer a=b",
                "Bearer ", "Bearer  abc", "Bearer abc ", "Bearer abc\n", "Bearer=abc", "Bearerabc", "Bearer ab%c", "Bearer ябц",
                "Bearer ==", "Bearer a===", "Bearer\tabc", "Basic dXNlcjpwYXNz", "bear", "", "Token abc", "Bearer abc=="));
        Random random = new Random(7);
        String alphabet = "aZ09-._~+/= \t%я";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "Bearer " : "bEaReR ");
            for (int i = random.nextInt(8); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            headers.add(s.toString());
        }
        for (String header : headers) {
            if (!header.regionMatches(true, 0, "bearer", 0, 6)) {
                assertThat(RequestSyntax.bearerToken(header)).as(header).isNull();
                continue;
            }
            Matcher m = BEARER.matcher(header);
            if (m.matches()) {
                assertThat(RequestSyntax.bearerToken(header)).as(header).isEqualTo(m.group("token"));
            } else {
                assertThatThrownBy(() -> RequestSyntax.bearerToken(header)).as(header)
                        .isInstanceOf(OAuth2AuthenticationException.class)
                        .satisfies(e -> assertThat(((OAuth2AuthenticationException) e).getError().getErrorCode())
                                .isEqualTo("invalid_token"));
            }
        }
        assertThat(RequestSyntax.bearerToken(null)).isNull();
    }
}
