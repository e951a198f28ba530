package ru.mentoring.registry.pair;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A recorded request about a pair (replace the mentor / relieve the mentor) and the curator's decision. */
@Entity
@Table(name = "pair_change_request")
public class PairChangeRequest {

    @Id
    private UUID id;

    @Column(name = "pair_id", nullable = false, updatable = false)
    private UUID pairId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ChangeRequestKind kind;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private UUID participantId;

    @Column(name = "requested_on", nullable = false, updatable = false)
    private LocalDate requestedOn;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ChangeRequestStatus status;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    protected PairChangeRequest() {
    }

    PairChangeRequest(UUID pairId, ChangeRequestKind kind, UUID participantId, LocalDate requestedOn, String reason,
            String recordedBy) {
        this.id = UUID.randomUUID();
        this.pairId = pairId;
        this.kind = kind;
        this.participantId = participantId;
        this.requestedOn = requestedOn;
        this.reason = reason;
        this.status = ChangeRequestStatus.PENDING;
        this.recordedBy = recordedBy;
        this.recordedAt = OffsetDateTime.now();
    }

    void decide(ChangeRequestStatus outcome, String by, String note) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = OffsetDateTime.now();
        this.decisionNote = note;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPairId() {
        return pairId;
    }

    public ChangeRequestKind getKind() {
        return kind;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public String getReason() {
        return reason;
    }

    public ChangeRequestStatus getStatus() {
        return status;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
