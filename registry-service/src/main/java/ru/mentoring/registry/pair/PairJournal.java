package ru.mentoring.registry.pair;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import ru.mentoring.platform.security.CallerIdentity;

/** The pair's history (журнал пары): every change of a pair, its programme included, in the change's transaction. */
@Component
public class PairJournal {

    static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PairHistoryRepository history;

    PairJournal(PairHistoryRepository history) {
        this.history = history;
    }

    /** History entry of the pair; programme changes of the pair are noted here too. */
    public void note(MentoringPair pair, CallerIdentity caller, String action, PairStatus from, PairStatus to, String details) {
        history.save(new PairHistoryEntry(pair.getId(), actor(caller), action, from, to, details));
    }

    /** Who did it, as the history and the requests record it: a change without a caller is the system's. */
    static String actor(CallerIdentity caller) {
        return caller == null || caller.username() == null ? "system" : caller.username();
    }
}
