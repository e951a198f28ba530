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
