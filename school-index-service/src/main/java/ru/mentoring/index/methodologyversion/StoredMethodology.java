package ru.mentoring.index.methodologyversion;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A stored methodology version. The definition is written once and never changed, so that a
 * classification can be reproduced with exactly the rules it was computed with; the JSON text is
 * kept as it was written (the service maps it, not Hibernate).
 */
@Entity
@Table(name = "methodology_version")
class StoredMethodology {

    @Id
    @Column(name = "version")
    private String version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "definition", nullable = false, updatable = false)
    private String definition;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "first_used_at")
    private OffsetDateTime firstUsedAt;

    protected StoredMethodology() {
    }

    StoredMethodology(String version, String definition, String createdBy) {
        this.version = version;
        this.definition = definition;
        this.createdBy = createdBy;
        this.createdAt = OffsetDateTime.now();
    }

    void markUsed(OffsetDateTime at) {
        if (firstUsedAt == null) {
            firstUsedAt = at;
        }
    }

    String getVersion() {
        return version;
    }

    String getDefinition() {
        return definition;
    }

    OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    OffsetDateTime getFirstUsedAt() {
        return firstUsedAt;
    }
}
