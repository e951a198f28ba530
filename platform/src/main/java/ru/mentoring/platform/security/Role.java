package ru.mentoring.platform.security;

import java.util.Arrays;
import java.util.Optional;

/** Realm roles of the {@code mentoring} Keycloak realm. */
public enum Role {
    COORDINATOR("coordinator"),
    SCHOOL_ADMIN("school-admin"),
    DEPARTMENT_VIEWER("department-viewer"),
    /** Writes and reads the region's cohort data of the index (cohort schools, values, official list, runs). */
    REGION_ANALYST("region-analyst"),
    /**
     * A mentor with an account of their own (an adult; linked to their participant record by the
     * school): reaches only the pairs they are the mentor of, at {@code /api/registry/me}.
     */
    MENTOR("mentor"),
    /** A mentee with an account of their own (an adult; a minor acts through the school): their own pairs only. */
    MENTEE("mentee"),
    INTERNAL_SERVICE("internal-service");

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }

    /** The Spring Security authority, so that {@code hasRole('coordinator')} reads like the realm. */
    public String authority() {
        return "ROLE_" + realmRole;
    }

    public static Optional<Role> ofRealmRole(String name) {
        return Arrays.stream(values()).filter(r -> r.realmRole.equals(name)).findFirst();
    }
}
