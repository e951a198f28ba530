package ru.mentoring.registry.pair;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.registry.audit.AuditLog;
import ru.mentoring.registry.audit.AuditRecord;
import ru.mentoring.registry.audit.Changes;
import ru.mentoring.registry.consent.ParticipationEnder;
import ru.mentoring.registry.pair.PairViews.PairView;

import static ru.mentoring.registry.pair.PairJournal.RU_DATE;

/**
 * A pair's stages, one after another, and its end: completed after the resultative stage, or
 * terminated for a reason (a consent withdrawn ends every active pair of the person). An ended pair
 * takes no change, and its pending requests are cancelled.
 */
@Service
class PairStages implements ParticipationEnder {

    private final PairRepository pairs;
    private final PairChangeRequestRepository requests;
    private final PairAccess access;
    private final PairReading reading;
    private final PairJournal journal;
    private final AuditLog audit;
    private final Clock clock;

    PairStages(PairRepository pairs, PairChangeRequestRepository requests, PairAccess access, PairReading reading,
            PairJournal journal, AuditLog audit, Clock clock) {
        this.pairs = pairs;
        this.requests = requests;
        this.access = access;
        this.reading = reading;
        this.journal = journal;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PairView changeStatus(CallerIdentity caller, UUID id, PairRequests.StatusChange change) {
        MentoringPair pair = access.writable(caller, id);
        requireActive(pair);
        PairStatus from = pair.getStatus();
        PairStatus to = change.status();
        String note = change.note() == null || change.note().isBlank() ? null : change.note().strip();
        switch (to) {
            case TERMINATED -> {
                if (change.terminationReason() == null) {
                    throw DomainRuleException.unprocessable("terminationReason", "Укажите причину прекращения пары");
                }
                if (change.terminationReason() == TerminationReason.OTHER && note == null) {
                    throw DomainRuleException.unprocessable("note", "Для иной причины прекращения опишите её в примечании");
                }
                terminate(pair, caller, change.terminationReason(), note, today());
            }
            case COMPLETED -> {
                if (from != PairStatus.RESULTATIVE) {
                    throw DomainRuleException.unprocessable("status", "Завершить программу можно после результативного этапа; сейчас этап «"
                            + from.label() + "»");
                }
                pair.complete(today());
                cancelPendingRequests(pair, caller);
                recordStatus(pair, caller, from, "COMPLETED", "Программа наставничества завершена" + (note == null ? "" : ": " + note));
            }
            default -> {
                if (to != from.next()) {
                    throw DomainRuleException.unprocessable("status", "Этапы проходятся по порядку, по одному: после этапа «"
                            + from.label() + "» следует «" + from.next().label() + "»");
                }
                pair.moveTo(to);
                recordStatus(pair, caller, from, "STAGE_CHANGED", "Этап «" + from.label() + "» → «" + to.label() + "»"
                        + (note == null ? "" : ": " + note));
            }
        }
        pairs.saveAndFlush(pair);
        return reading.view(caller, pair);
    }

    /** Consent withdrawn: every active pair of the person ends, in the withdrawal's transaction. */
    @Override
    public List<UUID> consentWithdrawn(UUID participantId, LocalDate on) {
        CallerIdentity caller = CurrentCaller.find().orElse(null);
        List<UUID> ended = new ArrayList<>();
        for (MentoringPair pair : pairs.withMember(participantId, PairStatus.ACTIVE)) {
            String role = pair.mentor().getParticipantId().equals(participantId) ? "наставник" : "наставляемый";
            terminate(pair, caller, TerminationReason.CONSENT_WITHDRAWN, role + " отозвал согласие " + RU_DATE.format(on), on);
            ended.add(pair.getId());
        }
        pairs.flush();
        return ended;
    }

    /** Ends the pair for a reason; its pending requests are cancelled. */
    void terminate(MentoringPair pair, CallerIdentity caller, TerminationReason reason, String note, LocalDate on) {
        PairStatus from = pair.getStatus();
        pair.terminate(reason, note, on);
        cancelPendingRequests(pair, caller);
        recordStatus(pair, caller, from, "TERMINATED", "Пара прекращена: " + reason.label() + (note == null ? "" : " (" + note + ")"));
    }

    /** A completed or terminated pair takes no change. */
    static void requireActive(MentoringPair pair) {
        if (!pair.getStatus().isActive()) {
            throw DomainRuleException.conflict("status", "Пара уже " + (pair.getStatus() == PairStatus.COMPLETED
                    ? "завершена" : "прекращена") + ": изменения не принимаются");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private void recordStatus(MentoringPair pair, CallerIdentity caller, PairStatus from, String action, String details) {
        journal.note(pair, caller, action, from, pair.getStatus(), details);
        audit.record(AuditRecord.of(pair.getMunicipalityCode(), pair.schools(), "PAIR", pair.getId(), "PAIR_" + action,
                Changes.of()
                        .field("status", from, pair.getStatus())
                        .field("terminationReason", null, pair.getTerminationReason())
                        .field("terminationNote", null, pair.getTerminationNote())
                        .field("endedOn", null, pair.getEndedOn())));
    }

    private void cancelPendingRequests(MentoringPair pair, CallerIdentity caller) {
        for (PairChangeRequest r : requests.findByPairIdAndStatus(pair.getId(), ChangeRequestStatus.PENDING)) {
            r.decide(ChangeRequestStatus.CANCELLED, PairJournal.actor(caller), "Пара завершена или прекращена до решения");
        }
    }
}
