package ru.mentoring.registry.bank;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.registry.bank.BankViews.BankStatus;
import ru.mentoring.registry.bank.BankViews.MenteeEntry;
import ru.mentoring.registry.bank.BankViews.MentorEntry;
import ru.mentoring.registry.bank.BankViews.TopicView;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.school.SchoolService;
import ru.mentoring.registry.shared.PageView;

/**
 * Searching the banks of mentors and mentees, in the bank's name order, over {@link BankIndex} (the
 * banks in memory, exactly as committed). The scope is set here, not by the tenant filter: a school
 * administrator's search is bound to their school, a coordinator's to the schools of their
 * municipality; a named school the caller may not read is 404, as everywhere else.
 */
@Component
public class BankSearch {

    /**
     * @param school          one school's code, or null for every school the caller may read
     * @param subject         a subject the person teaches, mentors on or asks about (case-insensitive)
     * @param role            the kind of participant (педагог, обучающийся, ...)
     * @param status          FREE or IN_PAIR in the bank's role
     * @param youngSpecialist молодой специалист or not
     * @param q               beginnings of words of the full name, in any order (see BankIndex.nameWords)
     */
    public record Filter(String school, String subject, ParticipantKind role, BankStatus status, Boolean youngSpecialist,
            String q) {
    }

    private final JdbcClient jdbc;
    private final SchoolService schools;
    private final BankIndex index;

    BankSearch(JdbcClient jdbc, SchoolService schools, BankIndex index) {
        this.jdbc = jdbc;
        this.schools = schools;
        this.index = index;
    }

    public PageView<MentorEntry> mentors(CallerIdentity caller, Filter filter, int page, int size) {
        return search(caller, filter, page, size, true, BankIndex.Person::mentor);
    }

    public PageView<MenteeEntry> mentees(CallerIdentity caller, Filter filter, int page, int size) {
        return search(caller, filter, page, size, false, BankIndex.Person::mentee);
    }

    private <T> PageView<T> search(CallerIdentity caller, Filter filter, int page, int size, boolean mentors,
            Function<BankIndex.Person, T> entry) {
        BankIndex.Scope scope;
        if (filter.school() != null) {
            scope = new BankIndex.Scope(schools.readable(caller, filter.school()).getCode(), null);
        } else {
            switch (CallerScope.forWriting(caller)) {
                case CallerScope.Municipality m -> scope = new BankIndex.Scope(null, m.municipality());
                case CallerScope.School own -> scope = new BankIndex.Scope(own.schoolCode(), null);
                default -> {
                    return new PageView<>(List.of(), page, size, 0);
                }
            }
        }
        String[] words = null;
        if (filter.q() != null) {
            words = BankIndex.nameWords(filter.q());
            if (words.length == 0) {
                return new PageView<>(List.of(), page, size, 0); // nothing but punctuation: no name has it
            }
        }
        String subject = filter.subject() == null ? null : BankIndex.lower(filter.subject());
        BankIndex.Snapshot banks = index.current();
        return (mentors ? banks.mentors() : banks.mentees()).search(scope, filter, words, subject, (long) page * size, page, size,
                entry);
    }

    /** Topics of the given people, for the matching and the export. */
    public Map<UUID, List<TopicView>> topicsOf(Collection<UUID> ids) {
        Map<UUID, List<TopicView>> out = new HashMap<>();
        for (List<UUID> chunk : BankRows.chunks(ids)) {
            jdbc.sql("select id, participant_id, subject, topic from mentor_topic where participant_id in (:ids) order by created_at, id")
                    .param("ids", chunk)
                    .query((rs, n) -> BankRows.topic(rs))
                    .list().forEach(t -> out.computeIfAbsent(t.participantId(), k -> new ArrayList<>()).add(t));
        }
        return out;
    }
}
