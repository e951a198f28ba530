package ru.mentoring.registry.pair;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.DomainRuleException.Violation;
import ru.mentoring.registry.audit.AuditLog;
import ru.mentoring.registry.audit.AuditRecord;
import ru.mentoring.registry.audit.Changes;
import ru.mentoring.registry.pair.PairViews.PairView;

/**
 * Several mentors for one mentee (seed 001): of a mentee's active pairs of one form, one mentor leads. The first pair's
 * mentor leads when a second is formed; the curator may hand the lead to another of them. When the lead pair ends, no
 * other takes the lead by itself: the curator chooses the next one here.
 */
@Service
class PairLeads {

    private final PairRepository pairs;
    private final PairAccess access;
    private final PairReading reading;
    private final PairJournal journal;
    private final AuditLog audit;

    PairLeads(PairRepository pairs, PairAccess access, PairReading reading, PairJournal journal, AuditLog audit) {
        this.pairs = pairs;
        this.access = access;
        this.reading = reading;
        this.journal = journal;
        this.audit = audit;
    }

    @Transactional
    PairView choose(CallerIdentity caller, UUID pairId, UUID menteeId) {
        MentoringPair pair = access.writable(caller, pairId);
        PairStages.requireActive(pair);
        if (pair.mentees().stream().noneMatch(m -> m.getParticipantId().equals(menteeId))) {
            throw DomainRuleException.unprocessable("menteeId", "Участник не является наставляемым этой пары");
        }
        // every pair whose flag changes must be the caller's to change: a cross-school one is the coordinator's
        for (MentoringPair other : pairs.withMember(menteeId, PairStatus.ACTIVE)) {
            if (other.getForm() == pair.getForm() && !PairAccess.mayWrite(caller, other)) {
                String reason = "Ведущего наставника выбирает муниципальный координатор: у наставляемого есть межшкольная пара";
                throw new DomainRuleException(403, reason, List.of(new Violation("menteeId", reason)));
            }
        }
        pairs.setLeadMentor(pair.getId(), menteeId, pair.getForm().name(), PairStatus.ACTIVE.stream().map(Enum::name).toList());
        MentoringPair changed = pairs.findById(pairId).orElseThrow();
        journal.note(changed, caller, "LEAD_MENTOR_SET", changed.getStatus(), changed.getStatus(),
                "Наставник этой пары назначен ведущим наставником наставляемого");
        audit.record(AuditRecord.of(changed.getMunicipalityCode(), changed.schools(), "PAIR", changed.getId(), "PAIR_LEAD_MENTOR_SET",
                Changes.of().created("leadMentorOf", menteeId)));
        return reading.view(caller, changed);
    }
}
