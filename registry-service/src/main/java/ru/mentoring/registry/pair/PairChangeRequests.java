package ru.mentoring.registry.pair;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.DomainRuleException.Violation;
import ru.mentoring.platform.web.NotFoundException;
import ru.mentoring.registry.audit.AuditLog;
import ru.mentoring.registry.audit.AuditRecord;
import ru.mentoring.registry.audit.Changes;
import ru.mentoring.registry.pair.PairViews.RequestView;

/**
 * A participant's request about their pair (a mentor asking to be relieved, a mentee asking for
 * another mentor): recorded on paper's date, decided by whoever may change the pair; an approved
 * request ends the pair for the request's reason.
 */
@Service
public class PairChangeRequests {

    private final PairRepository pairs;
    private final PairChangeRequestRepository requests;
    private final PairPeople people;
    private final PairAccess access;
    private final PairStages stages;
    private final PairJournal journal;
    private final AuditLog audit;

    PairChangeRequests(PairRepository pairs, PairChangeRequestRepository requests, PairPeople people, PairAccess access,
            PairStages stages, PairJournal journal, AuditLog audit) {
        this.pairs = pairs;
        this.requests = requests;
        this.people = people;
        this.access = access;
        this.stages = stages;
        this.journal = journal;
        this.audit = audit;
    }

    @Transactional
    public RequestView recordRequest(CallerIdentity caller, UUID pairId, PairRequests.ChangeRequestCreate body) {
        MentoringPair pair = access.readable(caller, pairId);
        PairStages.requireActive(pair);
        UUID who = body.participantId();
        if (body.kind() == ChangeRequestKind.MENTOR_RELIEF) {
            UUID mentor = pair.mentor().getParticipantId();
            if (who != null && !who.equals(mentor)) {
                throw DomainRuleException.unprocessable("participantId", "Об освобождении просит наставник этой пары");
            }
            who = mentor;
        } else {
            UUID asked = who;
            if (asked == null || pair.mentees().stream().noneMatch(m -> m.getParticipantId().equals(asked))) {
                throw DomainRuleException.unprocessable("participantId", "О замене наставника просит наставляемый этой пары: укажите его");
            }
        }
        PairMember member = pair.memberOf(who);
        if (!PairAccess.mayRecordRequestOf(caller, pair, member)) {
            throw new DomainRuleException(403, "Обращение участника другой школы записывает его школа или координатор",
                    List.of(new Violation("participantId", "Обращение участника другой школы записывает его школа или координатор")));
        }
        if (body.requestedOn().isAfter(stages.today())) {
            throw DomainRuleException.unprocessable("requestedOn", "Дата обращения не может быть в будущем");
        }
        if (requests.existsByPairIdAndKindAndParticipantIdAndStatus(pairId, body.kind(), who, ChangeRequestStatus.PENDING)) {
            throw DomainRuleException.conflict("kind", "Такое обращение этого участника уже на рассмотрении");
        }
        PairChangeRequest r = requests.save(new PairChangeRequest(pairId, body.kind(), who, body.requestedOn(),
                body.reason().strip(), PairJournal.actor(caller)));
        journal.note(pair, caller, "REQUEST_RECORDED", null, null, "Записано обращение: " + body.kind().label()
                + " (" + (member.getRole() == MemberRole.MENTOR ? "наставник" : "наставляемый") + ")");
        audit.record(AuditRecord.of(pair.getMunicipalityCode(), pair.schools(), "PAIR_REQUEST", r.getId(), "PAIR_REQUEST_RECORDED",
                Changes.of().created("pairId", pairId).created("kind", r.getKind()).created("participantId", who)
                        .created("requestedOn", r.getRequestedOn()).created("reason", r.getReason())));
        PairPeople.Person person = people.find(List.of(who)).get(who);
        return PairViews.request(caller, r, person, member.getRole());
    }

    /**
     * A mentor or mentee asks themselves, in their own account: the mentor to be relieved, a mentee
     * for another mentor (the kind follows from their place in the pair). Recorded as the school
     * would record the paper, dated today; the curator or coordinator decides it as any other.
     */
    @Transactional
    public RequestView recordOwn(CallerIdentity caller, UUID pairId, String reason) {
        MentoringPair pair = access.ofMember(caller, pairId);
        PairStages.requireActive(pair);
        UUID who = caller.participantId();
        ChangeRequestKind kind = pair.isMentor(who) ? ChangeRequestKind.MENTOR_RELIEF : ChangeRequestKind.MENTOR_REPLACEMENT;
        if (requests.existsByPairIdAndKindAndParticipantIdAndStatus(pairId, kind, who, ChangeRequestStatus.PENDING)) {
            throw DomainRuleException.conflict("reason", "Ваше обращение уже на рассмотрении");
        }
        PairMember member = pair.memberOf(who);
        PairChangeRequest r = requests.save(new PairChangeRequest(pairId, kind, who, stages.today(), reason.strip(),
                PairJournal.actor(caller)));
        journal.note(pair, caller, "REQUEST_RECORDED", null, null, "Обращение участника из личного кабинета: " + kind.label()
                + " (" + (member.getRole() == MemberRole.MENTOR ? "наставник" : "наставляемый") + ")");
        audit.record(AuditRecord.of(pair.getMunicipalityCode(), pair.schools(), "PAIR_REQUEST", r.getId(), "PAIR_REQUEST_RECORDED",
                Changes.of().created("pairId", pairId).created("kind", r.getKind()).created("participantId", who)
                        .created("requestedOn", r.getRequestedOn()).created("reason", r.getReason())));
        PairPeople.Person person = people.find(List.of(who)).get(who);
        return PairViews.request(caller, r, person, member.getRole());
    }

    @Transactional
    public RequestView decide(CallerIdentity caller, UUID pairId, UUID requestId, PairRequests.Decision decision) {
        MentoringPair pair = access.writable(caller, pairId);
        PairChangeRequest r = requests.findById(requestId).filter(x -> x.getPairId().equals(pairId))
                .orElseThrow(() -> new NotFoundException("pair request", requestId));
        if (r.getStatus() != ChangeRequestStatus.PENDING) {
            throw DomainRuleException.conflict("approve", "Решение по обращению уже принято: «" + r.getStatus().label() + "»");
        }
        PairStages.requireActive(pair);
        String note = decision.note() == null || decision.note().isBlank() ? null : decision.note().strip();
        if (decision.approve()) {
            r.decide(ChangeRequestStatus.APPROVED, PairJournal.actor(caller), note);
            requests.flush();
            journal.note(pair, caller, "REQUEST_APPROVED", null, null, "Обращение удовлетворено: " + r.getKind().label());
            stages.terminate(pair, caller, r.getKind().terminationReason(), note, stages.today());
        } else {
            r.decide(ChangeRequestStatus.REJECTED, PairJournal.actor(caller), note);
            journal.note(pair, caller, "REQUEST_REJECTED", null, null, "Обращение отклонено: " + r.getKind().label()
                    + (note == null ? "" : " (" + note + ")"));
        }
        audit.record(AuditRecord.of(pair.getMunicipalityCode(), pair.schools(), "PAIR_REQUEST", r.getId(),
                "PAIR_REQUEST_DECIDED", Changes.of().field("status", ChangeRequestStatus.PENDING, r.getStatus())
                        .field("decisionNote", null, note)));
        pairs.saveAndFlush(pair);
        PairPeople.Person person = people.find(List.of(r.getParticipantId())).get(r.getParticipantId());
        return PairViews.request(caller, r, person, pair.memberOf(r.getParticipantId()).getRole());
    }
}
