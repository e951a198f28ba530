package ru.mentoring.registry.own;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A mentee's proposal for their programme (seed 001: the mentee may «участвовать в составлении
 * персонализированной программы» and «вносить предложения»): free text the curator reads and
 * takes into the programme, which they alone write.
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

    protected ProgrammeProposal() {
    }

    ProgrammeProposal(UUID pairId, UUID participantId, String text, String proposedBy) {
        this.id = UUID.randomUUID();
        this.pairId = pairId;
        this.participantId = participantId;
        this.text = text;
        this.proposedBy = proposedBy;
        this.proposedAt = OffsetDateTime.now();
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
}
