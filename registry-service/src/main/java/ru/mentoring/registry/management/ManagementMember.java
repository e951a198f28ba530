package ru.mentoring.registry.management;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A teacher in the school's management team or reserve; replaced by removing and adding, never edited. */
@Entity
@Table(name = "management_member")
class ManagementMember {

    @Id
    private UUID id;

    @Column(name = "municipality_code", nullable = false, updatable = false)
    private String municipalityCode;

    @TenantId
    @Column(name = "school_code", nullable = false, updatable = false)
    private String schoolCode;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, updatable = false)
    private ManagementRole role;

    @Column(name = "position", nullable = false, updatable = false)
    private String position;

    @Column(name = "since", updatable = false)
    private LocalDate since;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private OffsetDateTime addedAt;

    protected ManagementMember() {
    }

    ManagementMember(String municipalityCode, String schoolCode, UUID participantId, ManagementRole role, String position,
            LocalDate since, String addedBy) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.schoolCode = schoolCode;
        this.participantId = participantId;
        this.role = role;
        this.position = position;
        this.since = since;
        this.addedBy = addedBy;
        this.addedAt = OffsetDateTime.now();
    }

    UUID getId() {
        return id;
    }

    String getMunicipalityCode() {
        return municipalityCode;
    }

    String getSchoolCode() {
        return schoolCode;
    }

    UUID getParticipantId() {
        return participantId;
    }

    ManagementRole getRole() {
        return role;
    }

    String getPosition() {
        return position;
    }
}
