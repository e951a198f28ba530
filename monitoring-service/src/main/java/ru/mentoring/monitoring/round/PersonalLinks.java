package ru.mentoring.monitoring.round;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.platform.tenant.TenantContext;

/** Personal links as the answering side sees them: find one by its token, use it once. */
@Service
public class PersonalLinks {

    /** A link's respondent and round; no personal data beyond the registry ids. */
    public record Link(UUID respondentId, UUID roundId, String schoolCode, int programmeYear, long templateId,
            String templateCode, RespondentRole role, UUID participantId, Instant expiresAt, Instant usedAt) {

        public boolean used() {
            return usedAt != null;
        }

        public boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    private final RespondentRepository respondents;
    private final TransactionTemplate readOnly;

    PersonalLinks(RespondentRepository respondents, PlatformTransactionManager transactions) {
        this.respondents = respondents;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The link with this token, whatever its state. A link carries no caller, so the lookup runs as
     * the system across schools; the hash is unique, so it can only find the one row it names.
     */
    public Optional<Link> find(String token) {
        if (!PersonalLinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = PersonalLinkTokens.hash(token);
        return TenantContext.callAsSystem(() -> readOnly.execute(status -> respondents.findByTokenHash(hash).map(r ->
                new Link(r.getId(), r.getRound().getId(), r.getSchoolCode(), r.getRound().getProgrammeYear(),
                        r.getRound().getTemplate().getId(), r.getRound().getTemplate().getCode(), r.getRole(),
                        r.getParticipantId(), r.getExpiresAt(), r.getUsedAt()))));
    }

    /**
     * Marks the link used inside the caller's transaction (the one that stores the answers, so both
     * happen or neither). False when another submission took it first or it has expired.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(UUID respondentId, Instant now) {
        return respondents.claim(respondentId, now) == 1;
    }
}
