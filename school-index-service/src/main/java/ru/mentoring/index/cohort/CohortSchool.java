package ru.mentoring.index.cohort;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/**
 * A school of the cohort (domain 3.0). Its municipality decides which coordinators and department
 * viewers read its results; the advanced-level flag feeds the "advanced school below average" risk.
 */
@Entity
@Table(name = "cohort_school")
public class CohortSchool {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "municipality_code", nullable = false)
    private String municipalityCode;

    @Column(name = "advanced_level", nullable = false)
    private boolean advancedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private SchoolSource source;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected CohortSchool() {
    }

    public CohortSchool(String code, String name, String municipalityCode, boolean advancedLevel, SchoolSource source) {
        this.code = code;
        describe(name, municipalityCode, advancedLevel, source);
        this.updatedAt = OffsetDateTime.now();
    }

    public void describe(String name, String municipalityCode, boolean advancedLevel, SchoolSource source) {
        this.name = name;
        this.municipalityCode = municipalityCode;
        this.advancedLevel = advancedLevel;
        this.source = source;
    }

    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public boolean isAdvancedLevel() {
        return advancedLevel;
    }

    public SchoolSource getSource() {
        return source;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
