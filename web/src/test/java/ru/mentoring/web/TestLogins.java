package ru.mentoring.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** The signed-in person of the pages' tests: the demo district's coordinator's name, with the role asked for. */
public final class TestLogins {

    private TestLogins() {
    }

    /** Ирина Координаторова of millerovo, holding {@code role}. */
    public static OidcLoginRequestPostProcessor as(String role) {
        return oidcLogin().idToken(token -> token.claim("given_name", "Ирина").claim("family_name", "Координаторова")
                        .claim("municipality", "millerovo").claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
