package ru.mentoring.registry.recognition;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A school's nomination of one of its mentors or pairs, and the coordinator's decision on it. */
@Entity
@Table(name = "nomination")
class Nomination {

    @Id
    private UUID id;

    @Column(name = "municipality_code", nullable = false, updatable = false)
    private String municipalityCode;

    @TenantId
    @Column(name = "school_code", nullable = false, updatable = false)
    private String schoolCode;

    @Column(name = "programme_year", nullable = false, updatable = false)
    private int programmeYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private RecognitionKind kind;

    @Column(name = "participant_id", updatable = false)
    private UUID participantId;

    @Column(name = "pair_id", updatable = false)
    private UUID pairId;

    @Column(name = "justification", nullable = false, updatable = false)
    private String justification;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private NominationStatus status;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private OffsetDateTime proposedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    protected Nomination() {
    }

    Nomination(String municipalityCode, String schoolCode, int programmeYear, RecognitionKind kind, UUID participantId,
            UUID pairId, String justification, String proposedBy) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.schoolCode = schoolCode;
        this.programmeYear = programmeYear;
        this.kind = kind;
        this.participantId = participantId;
        this.pairId = pairId;
        this.justification = justification;
        this.status = NominationStatus.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = OffsetDateTime.now();
    }

    void decide(boolean awarded, String note, String by) {
        this.status = awarded ? NominationStatus.AWARDED : NominationStatus.DECLINED;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = OffsetDateTime.now();
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

    int getProgrammeYear() {
        return programmeYear;
    }

    RecognitionKind getKind() {
        return kind;
    }

    UUID getParticipantId() {
        return participantId;
    }

    UUID getPairId() {
        return pairId;
    }

    String getJustification() {
        return justification;
    }

    NominationStatus getStatus() {
        return status;
    }

    String getProposedBy() {
        return proposedBy;
    }

    OffsetDateTime getProposedAt() {
        return proposedAt;
    }

    String getDecisionNote() {
        return decisionNote;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    OffsetDateTime getDecidedAt() {
        return decidedAt;
    }
}
