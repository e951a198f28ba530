package ru.mentoring.registry.programme;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import ru.mentoring.registry.pair.MentoringPair;
import ru.mentoring.registry.pair.PairAccess;
import ru.mentoring.registry.pair.PairJournal;

/**
 * A pair's individual programme: written by whoever may change the pair; read, and its events
 * marked done, also by the pair's own mentor in their account (a mentee reads it and proposes
 * changes through the school, see {@code own}).
 */
@Service
public class ProgrammeService {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ProgrammeRepository programmes;
    private final PairAccess pairs;
    private final PairJournal journal;
    private final AuditLog audit;

    ProgrammeService(ProgrammeRepository programmes, PairAccess pairs, PairJournal journal, AuditLog audit) {
        this.programmes = programmes;
        this.pairs = pairs;
        this.journal = journal;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    ProgrammeView of(CallerIdentity caller, UUID pairId) {
        MentoringPair pair = pairs.readable(caller, pairId);
        return programmes.findById(pair.getId()).map(ProgrammeView::of).orElseGet(() -> ProgrammeView.empty(pairId));
    }

    /** Replaces the programme; every event must fall within the pair's dates. */
    @Transactional
    ProgrammeView put(CallerIdentity caller, UUID pairId, ProgrammeRequests.Put body) {
        MentoringPair pair = pairs.writable(caller, pairId);
        requireActive(pair);
        List<ProgrammeRequests.Event> plan = body.events() == null ? List.of() : body.events();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            ProgrammeRequests.Event e = plan.get(i);
            if (e.date().isBefore(pair.getStartDate()) || e.date().isAfter(pair.getEndDate())) {
                violations.add(new Violation("events[" + i + "].date", "Мероприятие вне срока программы ("
                        + RU_DATE.format(pair.getStartDate()) + " – " + RU_DATE.format(pair.getEndDate()) + ")"));
            }
        }
        if (!violations.isEmpty()) {
            throw new DomainRuleException(422, "Программа не сохранена: " + violations.get(0).reason(), violations);
        }
        Programme programme = programmes.findById(pair.getId()).orElseGet(() -> new Programme(pair.getId()));
        List<String> oldGoals = programme.getGoals();
        List<String> oldDifficulties = programme.getDifficulties();
        int oldEvents = programme.getEvents().size();
        List<String> difficulties = body.difficulties() == null ? List.of() : body.difficulties().stream().map(String::strip).toList();
        programme.replace(body.goals().stream().map(String::strip).toList(), difficulties,
                plan.stream().map(e -> new ProgrammeEvent(e.date(), e.event().strip(),
                        e.expectedResult() == null || e.expectedResult().isBlank() ? null : e.expectedResult().strip(), e.done()))
                        .toList(), caller.username());
        programmes.saveAndFlush(programme);
        journal.note(pair, caller, "PROGRAMME_UPDATED", null, null, "Программа обновлена: целей " + programme.getGoals().size()
                + ", мероприятий " + programme.getEvents().size());
        audit.record(AuditRecord.of(pair.getMunicipalityCode(), pair.schools(), "PROGRAMME", pair.getId(), "PROGRAMME_UPDATED",
                Changes.of().field("goals", String.join("; ", oldGoals), String.join("; ", programme.getGoals()))
                        .field("difficulties", String.join("; ", oldDifficulties), String.join("; ", programme.getDifficulties()))
                        .field("events", oldEvents, programme.getEvents().size())));
        return ProgrammeView.of(programme);
    }

    /** The programme of one of the caller's own pairs (a mentor or mentee in their account). */
    @Transactional(readOnly = true)
    public ProgrammeView ofOwnPair(CallerIdentity caller, UUID pairId) {
        MentoringPair pair = pairs.ofMember(caller, pairId);
        return programmes.findById(pair.getId()).map(ProgrammeView::of).orElseGet(() -> ProgrammeView.empty(pairId));
    }

    /** The pair's own mentor marks an event of the plan done (or not yet): seed 001 has the mentor follow the plan. */
    @Transactional
    public ProgrammeView markDoneAsMentor(CallerIdentity caller, UUID pairId, UUID eventId, boolean done) {
        MentoringPair pair = pairs.ofMember(caller, pairId);
        if (!pair.isMentor(caller.participantId())) {
            throw new DomainRuleException(403, "Выполнение мероприятий отмечает наставник пары",
                    List.of(new Violation("eventId", "Выполнение мероприятий отмечает наставник пары")));
        }
        return markDone(caller, pair, eventId, done);
    }

    @Transactional
    ProgrammeView markDone(CallerIdentity caller, UUID pairId, UUID eventId, boolean done) {
        return markDone(caller, pairs.writable(caller, pairId), eventId, done);
    }

    private ProgrammeView markDone(CallerIdentity caller, MentoringPair pair, UUID eventId, boolean done) {
        requireActive(pair);
        Programme programme = programmes.findById(pair.getId()).orElseThrow(() -> new NotFoundException("programme event", eventId));
        ProgrammeEvent event = programme.getEvents().stream().filter(e -> e.getId().equals(eventId)).findFirst()
                .orElseThrow(() -> new NotFoundException("programme event", eventId));
        if (event.isDone() != done) {
            event.markDone(done);
            programme.touch(caller.username());
            programmes.saveAndFlush(programme);
            journal.note(pair, caller, "PROGRAMME_EVENT_" + (done ? "DONE" : "REOPENED"), null, null,
                    "Мероприятие «" + event.getTitle() + "» от " + RU_DATE.format(event.getDate())
                            + (done ? " выполнено" : " отмечено как невыполненное"));
        }
        return ProgrammeView.of(programme);
    }

    private static void requireActive(MentoringPair pair) {
        if (!pair.getStatus().isActive()) {
            throw DomainRuleException.conflict("status", "Пара завершена или прекращена: программа не меняется");
        }
    }
}
