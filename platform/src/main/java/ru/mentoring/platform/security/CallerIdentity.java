package ru.mentoring.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as the Keycloak access token says: never from a header or a parameter the caller
 * chooses. {@code schoolCode} is the tenant (the alias of the caller's Keycloak organization);
 * {@code municipality} is the district of coordinators and department viewers. {@code participantId}
 * is the participant record a mentor's or mentee's own account is linked to (the Keycloak user
 * attribute {@code participant_id}, set by the registry when the school links the account).
 */
public record CallerIdentity(String subject, String username, Set<Role> roles, String schoolCode, String municipality,
        UUID participantId) {

    /** The claim carrying a participant's own account's link to their record. */
    public static final String PARTICIPANT_CLAIM = "participant_id";

    public CallerIdentity {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A caller who is no participant (staff, services). */
    public CallerIdentity(String subject, String username, Set<Role> roles, String schoolCode, String municipality) {
        this(subject, username, roles, schoolCode, municipality, null);
    }

    public static CallerIdentity fromClaims(Map<String, Object> claims) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> names) {
            names.forEach(n -> Role.ofRealmRole(String.valueOf(n)).ifPresent(roles::add));
        }
        return new CallerIdentity(
                asString(claims.get("sub")),
                asString(claims.get("preferred_username")),
                roles,
                singleOrganization(claims.get("organization")),
                asString(claims.get("municipality")),
                participant(claims.get(PARTICIPANT_CLAIM)));
    }

    /** A malformed link is no link: the caller then reaches no pair. */
    private static UUID participant(Object claim) {
        if (claim == null) {
            return null;
        }
        try {
            return UUID.fromString(claim.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Keycloak's organization mapper writes {@code ["alias"]} (or an object keyed by alias when
     * attributes are added). A member of several organizations has no single tenant: we refuse to
     * guess and give them none.
     */
    private static String singleOrganization(Object claim) {
        Collection<?> aliases = switch (claim) {
            case null -> List.of();
            case Collection<?> list -> list;
            case Map<?, ?> byAlias -> byAlias.keySet();
            case String one -> List.of(one);
            default -> List.of();
        };
        return aliases.size() == 1 ? String.valueOf(aliases.iterator().next()) : null;
    }

    private static String asString(Object value) {
        return value == null ? null : value.toString();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isCoordinator() {
        return has(Role.COORDINATOR);
    }

    public boolean isDepartmentViewer() {
        return has(Role.DEPARTMENT_VIEWER);
    }

    public boolean isInternalService() {
        return has(Role.INTERNAL_SERVICE);
    }

    /**
     * A mentor or mentee acting in their own account, linked to their record. They reach no school
     * ({@link CallerScope} gives them {@link CallerScope.Nothing}): only their own pairs, which the
     * registry finds by {@link #participantId}.
     */
    public boolean isOwnParticipant() {
        return (has(Role.MENTOR) || has(Role.MENTEE)) && participantId != null;
    }

    /** A school administrator and nothing broader: their reads are confined to one tenant. */
    public boolean isSchoolAdminOnly() {
        return has(Role.SCHOOL_ADMIN) && !isCoordinator() && !isDepartmentViewer() && !isInternalService();
    }

    /** Whether the caller may see data of a school that lies in the given municipality: {@link CallerScope#forReading}. */
    public boolean canReadSchool(String school, String schoolMunicipality) {
        return CallerScope.forReading(this).includes(school, schoolMunicipality);
    }

    /** Whether the caller may change data of the school: {@link CallerScope#forWriting}; department viewers never write. */
    public boolean canWriteSchool(String school, String schoolMunicipality) {
        return CallerScope.forWriting(this).includes(school, schoolMunicipality);
    }
}
