package ru.mentoring.registry.school;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A school is a tenant: its code is the alias of its Keycloak organization and the tenant id of
 * every row the school owns. Which schools a caller may see is decided in {@link SchoolService}.
 */
@Entity
@Table(name = "school")
public class School {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private SchoolKind kind;

    @Column(name = "advanced_level", nullable = false)
    private boolean advancedLevel;

    @Column(name = "rural", nullable = false)
    private boolean rural;

    @Column(name = "municipality_code", nullable = false)
    private String municipalityCode;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected School() {
    }

    public School(String code, String fullName, String shortName, SchoolKind kind, boolean advancedLevel, boolean rural,
            String municipalityCode) {
        this.code = code;
        this.fullName = fullName;
        this.shortName = shortName;
        this.kind = kind;
        this.advancedLevel = advancedLevel;
        this.rural = rural;
        this.municipalityCode = municipalityCode;
    }

    public String getCode() {
        return code;
    }

    public String getFullName() {
        return fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public SchoolKind getKind() {
        return kind;
    }

    public boolean isAdvancedLevel() {
        return advancedLevel;
    }

    public boolean isRural() {
        return rural;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }
}
