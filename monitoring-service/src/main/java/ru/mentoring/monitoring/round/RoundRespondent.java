package ru.mentoring.monitoring.round;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import ru.mentoring.monitoring.questionnaire.RespondentRole;

/**
 * A person asked in a round. Their personal link is a random token that only they received; we keep
 * its SHA-256, never the token. {@code usedAt} is set once, by the submission that used the link.
 */
@Entity
@Table(name = "round_respondent")
public class RoundRespondent {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private QuestionnaireRound round;

    @TenantId
    @Column(name = "school_code", nullable = false, updatable = false)
    private String schoolCode;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, updatable = false)
    private RespondentRole role;

    @Column(name = "pair_id", updatable = false)
    private UUID pairId;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", updatable = false)
    private MentoringForm form;

    @Column(name = "interaction_model", updatable = false)
    private String interactionModel;

    @Column(name = "interaction_model_label", updatable = false)
    private String interactionModelLabel;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RoundRespondent() {
    }

    RoundRespondent(QuestionnaireRound round, UUID participantId, RespondentRole role, UUID pairId, PairOf pair,
            String tokenHash, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.form = pair == null ? round.getForm() : pair.form();
        this.interactionModel = pair == null ? null : pair.model();
        this.interactionModelLabel = pair == null ? null : pair.modelLabel();
        this.round = round;
        this.schoolCode = round.getSchoolCode();
        this.participantId = participantId;
        this.role = role;
        this.pairId = pairId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    /** The form and interaction model of the respondent's pair, as the registry gave them. */
    record PairOf(MentoringForm form, String model, String modelLabel) {
    }

    /** A new link for someone who lost theirs: the old token stops working at once. */
    void replaceLink(String newTokenHash) {
        this.tokenHash = newTokenHash;
    }

    public UUID getId() {
        return id;
    }

    public QuestionnaireRound getRound() {
        return round;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public RespondentRole getRole() {
        return role;
    }

    public UUID getPairId() {
        return pairId;
    }

    public MentoringForm getForm() {
        return form;
    }

    public String getInteractionModel() {
        return interactionModel;
    }

    public String getInteractionModelLabel() {
        return interactionModelLabel;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public boolean hasAnswered() {
        return usedAt != null;
    }
}
