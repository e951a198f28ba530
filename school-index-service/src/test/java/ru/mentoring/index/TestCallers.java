package ru.mentoring.index;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/** Tokens shaped like the mentoring realm's, for MockMvc tests. */
public final class TestCallers {

    private TestCallers() {
    }

    public static RequestPostProcessor coordinator(String municipality) {
        return jwt().jwt(j -> j.claim("preferred_username", "coordinator-" + municipality)
                        .claim("realm_access", Map.of("roles", List.of("coordinator")))
                        .claim("municipality", municipality))
                .authorities(new SimpleGrantedAuthority("ROLE_coordinator"));
    }

    public static RequestPostProcessor schoolAdmin(String school, String municipality) {
        return jwt().jwt(j -> j.claim("preferred_username", "admin-" + school)
                        .claim("realm_access", Map.of("roles", List.of("school-admin")))
                        .claim("organization", List.of(school))
                        .claim("municipality", municipality))
                .authorities(new SimpleGrantedAuthority("ROLE_school-admin"));
    }

    public static RequestPostProcessor departmentViewer(String municipality) {
        return jwt().jwt(j -> j.claim("preferred_username", "department-" + municipality)
                        .claim("realm_access", Map.of("roles", List.of("department-viewer")))
                        .claim("municipality", municipality))
                .authorities(new SimpleGrantedAuthority("ROLE_department-viewer"));
    }

    /** The region's analyst: no municipality, no organization; the whole cohort. */
    public static RequestPostProcessor regionAnalyst() {
        return jwt().jwt(j -> j.claim("preferred_username", "region")
                        .claim("realm_access", Map.of("roles", List.of("region-analyst"))))
                .authorities(new SimpleGrantedAuthority("ROLE_region-analyst"));
    }

    public static RequestPostProcessor internalService() {
        return jwt().jwt(j -> j.claim("preferred_username", "service-account-registry-service")
                        .claim("realm_access", Map.of("roles", List.of("internal-service"))))
                .authorities(new SimpleGrantedAuthority("ROLE_internal-service"));
    }
}
