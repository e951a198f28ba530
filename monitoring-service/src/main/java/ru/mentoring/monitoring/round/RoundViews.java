package ru.mentoring.monitoring.round;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ru.mentoring.monitoring.questionnaire.RespondentRole;

/** What the round endpoints answer. Respondents appear as registry ids only: no names are kept here. */
final class RoundViews {

    private RoundViews() {
    }

    public enum RespondentStatus {
        ANSWERED, PENDING, EXPIRED
    }

    public record RoundSummary(UUID id, int programmeYear, String schoolCode, String municipalityCode, String templateCode,
            int templateVersion, String templateTitle, Instant opensAt, Instant closesAt, String createdBy,
            long respondents, long answered, MentoringForm form, boolean fromPairs, String overrideReason) {
    }

    public record RespondentView(UUID id, UUID participantId, RespondentRole role, UUID pairId, MentoringForm form,
            String interactionModel, String interactionModelLabel, RespondentStatus status, Instant answeredAt) {

        static RespondentView of(RoundRespondent r, Instant now) {
            RespondentStatus status = r.hasAnswered() ? RespondentStatus.ANSWERED
                    : now.isBefore(r.getExpiresAt()) ? RespondentStatus.PENDING : RespondentStatus.EXPIRED;
            return new RespondentView(r.getId(), r.getParticipantId(), r.getRole(), r.getPairId(), r.getForm(),
                    r.getInteractionModel(), r.getInteractionModelLabel(), status, r.getUsedAt());
        }
    }

    public record RoundDetails(RoundSummary round, List<RespondentView> respondents) {
    }

    /** Shown once, when the link is made: the token itself is not stored and cannot be shown again. */
    public record PersonalLink(UUID respondentId, UUID participantId, RespondentRole role, UUID pairId, String token,
            String path, Instant expiresAt) {
    }

    public record CreatedRound(RoundSummary round, List<PersonalLink> links) {
    }

    /** Who has not answered yet (including those whose link has expired). */
    public record Pending(UUID roundId, Instant closesAt, long respondents, long answered, List<RespondentView> pending) {
    }
}
