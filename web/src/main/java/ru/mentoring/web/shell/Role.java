package ru.mentoring.web.shell;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;

/** The realm roles a person can have, with their Russian names, strongest first. */
public enum Role {
    COORDINATOR("coordinator", "Муниципальный координатор"),
    SCHOOL_ADMIN("school-admin", "Администратор образовательной организации"),
    DEPARTMENT_VIEWER("department-viewer", "Специалист управления образования"),
    REGION_ANALYST("region-analyst", "Специалист регионального уровня"),
    /** A mentor in their own account: their pairs only. */
    MENTOR("mentor", "Наставник"),
    /** A mentee in their own account: their pairs only. */
    MENTEE("mentee", "Наставляемый");

    private final String realmRole;
    private final String russian;

    Role(String realmRole, String russian) {
        this.realmRole = realmRole;
        this.russian = russian;
    }

    public String realmRole() {
        return realmRole;
    }

    public String russian() {
        return russian;
    }

    /** The first of these roles the person has, in the enum's order. */
    public static Optional<Role> primary(Collection<? extends GrantedAuthority> authorities) {
        return Arrays.stream(values())
                .filter(role -> authorities.stream().anyMatch(a -> ("ROLE_" + role.realmRole).equals(a.getAuthority())))
                .findFirst();
    }
}
