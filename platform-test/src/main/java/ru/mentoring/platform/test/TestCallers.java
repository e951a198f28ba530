package ru.mentoring.platform.test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.mentoring.platform.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * Callers for MockMvc tests, with tokens shaped like the mentoring realm's (realm roles in
 * {@code realm_access}, the school in {@code organization}, the municipality in {@code municipality});
 * the real tokens are in infra/e2e. Built from {@link Role}, so a renamed role renames them all.
 */
public final class TestCallers {

    private TestCallers() {
    }

    public static RequestPostProcessor coordinator(String municipality) {
        return caller(Role.COORDINATOR, "coordinator-" + municipality, null, municipality, null);
    }

    public static RequestPostProcessor schoolAdmin(String school, String municipality) {
        return caller(Role.SCHOOL_ADMIN, "admin-" + school, school, municipality, null);
    }

    public static RequestPostProcessor departmentViewer(String municipality) {
        return caller(Role.DEPARTMENT_VIEWER, "department-" + municipality, null, municipality, null);
    }

    /** The region's analyst: no municipality, no organization; the whole cohort of the index. */
    public static RequestPostProcessor regionAnalyst() {
        return caller(Role.REGION_ANALYST, "region", null, null, null);
    }

    /** Another service's client-credentials token: a service account of that client, no municipality, no school. */
    public static RequestPostProcessor internalService(String client) {
        return caller(Role.INTERNAL_SERVICE, "service-account-" + client, null, null, client);
    }

    /** A mentor's or mentee's own account ({@code Role.MENTOR} or {@code Role.MENTEE}), linked to their participant record. */
    public static RequestPostProcessor ownAccount(Role role, UUID participantId, String school, String municipality) {
        // one builder: a second jwt(..) would start the token again
        return jwt().jwt(j -> j.claim("preferred_username", role.realmRole() + "-" + participantId)
                .claim("realm_access", Map.of("roles", List.of(role.realmRole())))
                .claim("organization", List.of(school)).claim("municipality", municipality)
                .claim("participant_id", participantId.toString())).authorities(new SimpleGrantedAuthority(role.authority()));
    }

    private static JwtRequestPostProcessor caller(Role role, String username, String school, String municipality, String azp) {
        return jwt().jwt(j -> {
            j.claim("preferred_username", username).claim("realm_access", Map.of("roles", List.of(role.realmRole())));
            if (school != null) {
                j.claim("organization", List.of(school));
            }
            if (municipality != null) {
                j.claim("municipality", municipality);
            }
            if (azp != null) {
                j.claim("azp", azp);
            }
        }).authorities(new SimpleGrantedAuthority(role.authority()));
    }
}
