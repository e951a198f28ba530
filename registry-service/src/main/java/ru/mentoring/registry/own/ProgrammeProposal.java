package ru.mentoring.registry.own;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A mentee's proposal for their programme (seed 001: the mentee may «участвовать в составлении
 * персонализированной программы» and «вносить предложения»): free text the curator reads and
 * takes into the programme, which they alone write. The curator (or the coordinator) accepts or
 * declines it, with an optional comment the mentee reads in their account.
 */
@Entity
@Table(name = "programme_proposal")
class ProgrammeProposal {

    @Id
    private UUID id;

    @Column(name = "pair_id", nullable = false, updatable = false)
    private UUID pairId;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private UUID participantId;

    @Column(name = "text", nullable = false, updatable = false)
    private String text;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private OffsetDateTime proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ProposalStatus status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    protected ProgrammeProposal() {
    }

    ProgrammeProposal(UUID pairId, UUID participantId, String text, String proposedBy) {
        this.id = UUID.randomUUID();
        this.pairId = pairId;
        this.participantId = participantId;
        this.text = text;
        this.proposedBy = proposedBy;
        this.proposedAt = OffsetDateTime.now();
        this.status = ProposalStatus.PENDING;
    }

    void decide(ProposalStatus outcome, String by, String note) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = OffsetDateTime.now();
        this.decisionNote = note;
    }

    UUID getId() {
        return id;
    }

    UUID getPairId() {
        return pairId;
    }

    UUID getParticipantId() {
        return participantId;
    }

    String getText() {
        return text;
    }

    String getProposedBy() {
        return proposedBy;
    }

    OffsetDateTime getProposedAt() {
        return proposedAt;
    }

    ProposalStatus getStatus() {
        return status;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    String getDecisionNote() {
        return decisionNote;
    }
}
