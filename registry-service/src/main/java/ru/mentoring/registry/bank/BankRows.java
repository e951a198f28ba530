package ru.mentoring.registry.bank;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.mentoring.registry.bank.BankViews.BankStatus;
import ru.mentoring.registry.bank.BankViews.MenteeEntry;
import ru.mentoring.registry.bank.BankViews.MentorEntry;
import ru.mentoring.registry.bank.BankViews.RequestView;
import ru.mentoring.registry.bank.BankViews.TopicView;
import ru.mentoring.registry.pair.PairStatus;
import ru.mentoring.registry.participant.ParticipantKind;

/**
 * The banks as the database holds them: the people of a bank with their topics or requests, their
 * consent and their active pairs, and a bank's name order. Read inside {@link BankIndex}'s snapshot
 * transaction.
 */
@Component
class BankRows {

    private final JdbcClient jdbc;

    BankRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The bank's people in name order, from its name-order index (changelog 20261123-06). */
    List<UUID> order(String bank) {
        return jdbc.sql("select id from participant where " + bank + " order by last_name, first_name, id")
                .query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }

    /** The people in a bank among the given ones, or everybody in a bank when {@code ids} is null. */
    Map<UUID, BankIndex.Person> people(Collection<UUID> ids) {
        Map<UUID, BankIndex.Person> out = new HashMap<>();
        for (List<UUID> chunk : chunks(ids)) {
            String which = chunk == null ? "" : " and p.id in (:ids)";
            Map<UUID, List<TopicView>> topics = new HashMap<>();
            JdbcClient.StatementSpec topicQuery = jdbc.sql("""
                    select t.id, t.participant_id, t.subject, t.topic from mentor_topic t join participant p on p.id = t.participant_id
                    where p.mentor_bank%s order by t.created_at, t.id""".formatted(which));
            (chunk == null ? topicQuery : topicQuery.param("ids", chunk))
                    .query((rs, n) -> topic(rs))
                    .list().forEach(t -> topics.computeIfAbsent(t.participantId(), k -> new ArrayList<>()).add(t));
            Map<UUID, List<RequestView>> requests = new HashMap<>();
            JdbcClient.StatementSpec requestQuery = jdbc.sql("""
                    select r.id, r.participant_id, r.difficulty_kind, r.subject, r.text, r.status from mentee_request r
                    join participant p on p.id = r.participant_id where p.mentee_bank%s order by r.created_at, r.id""".formatted(which));
            (chunk == null ? requestQuery : requestQuery.param("ids", chunk))
                    .query((rs, n) -> request(rs))
                    .list().forEach(r -> requests.computeIfAbsent(r.participantId(), k -> new ArrayList<>()).add(r));
            JdbcClient.StatementSpec personQuery = jdbc.sql("""
                    select p.id, p.school_code, s.short_name, s.municipality_code, p.external_key, p.kind, p.last_name,
                           p.first_name, p.middle_name, p.subjects, p.experience_years, p.qualification_category,
                           p.young_specialist, p.grade, p.mentor_bank, p.mentee_bank,
                           exists (select 1 from consent c where c.participant_id = p.id and c.withdrawn_on is null) as consent,
                           (select count(*) from pair_member m join mentoring_pair mp on mp.id = m.pair_id
                             where m.participant_id = p.id and m.role = 'MENTOR' and mp.status in (%1$s)) as mentor_pairs,
                           (select count(*) from pair_member m join mentoring_pair mp on mp.id = m.pair_id
                             where m.participant_id = p.id and m.role = 'MENTEE' and mp.status in (%1$s)) as mentee_pairs
                    from participant p join school s on s.code = p.school_code
                    where (p.mentor_bank or p.mentee_bank)%2$s""".formatted(PairStatus.ACTIVE_SQL_LIST, which));
            (chunk == null ? personQuery : personQuery.param("ids", chunk))
                    .query((rs, n) -> person(rs, topics, requests))
                    .list().forEach(p -> out.put(p.id(), p));
        }
        return out;
    }

    static TopicView topic(ResultSet rs) throws SQLException {
        return new TopicView(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class), rs.getString("subject"),
                rs.getString("topic"));
    }

    private static RequestView request(ResultSet rs) throws SQLException {
        DifficultyKind kind = DifficultyKind.valueOf(rs.getString("difficulty_kind"));
        MenteeRequestStatus status = MenteeRequestStatus.valueOf(rs.getString("status"));
        return new RequestView(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class), kind, kind.label(),
                rs.getString("subject"), rs.getString("text"), status, status.label());
    }

    private static BankIndex.Person person(ResultSet rs, Map<UUID, List<TopicView>> topics, Map<UUID, List<RequestView>> requests)
            throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        ParticipantKind kind = ParticipantKind.valueOf(rs.getString("kind"));
        String lastName = rs.getString("last_name");
        String firstName = rs.getString("first_name");
        String middleName = rs.getString("middle_name");
        String subjects = rs.getString("subjects");
        Integer experience = (Integer) rs.getObject("experience_years");
        String category = rs.getString("qualification_category");
        boolean young = rs.getBoolean("young_specialist");
        boolean consent = rs.getBoolean("consent");
        String schoolCode = rs.getString("school_code");
        String shortName = rs.getString("short_name");
        String externalKey = rs.getString("external_key");
        int mentorPairs = rs.getInt("mentor_pairs");
        int menteePairs = rs.getInt("mentee_pairs");
        MentorEntry mentor = null;
        List<TopicView> personTopics = topics.getOrDefault(id, List.of());
        if (rs.getBoolean("mentor_bank")) {
            BankStatus status = status(mentorPairs);
            mentor = new MentorEntry(id, schoolCode, shortName, externalKey, kind, lastName, firstName, middleName, subjects,
                    experience, category, young, consent, mentorPairs, status, status.label(), List.copyOf(personTopics));
        }
        MenteeEntry mentee = null;
        List<RequestView> personRequests = requests.getOrDefault(id, List.of());
        if (rs.getBoolean("mentee_bank")) {
            BankStatus status = status(menteePairs);
            mentee = new MenteeEntry(id, schoolCode, shortName, externalKey, kind, lastName, firstName, middleName, subjects,
                    experience, category, young, (Integer) rs.getObject("grade"), consent, menteePairs, status, status.label(),
                    List.copyOf(personRequests));
        }
        Set<String> topicSubjects = new HashSet<>();
        personTopics.forEach(t -> topicSubjects.add(BankIndex.lower(t.subject())));
        Set<String> requestSubjects = new HashSet<>();
        personRequests.stream().filter(r -> r.subject() != null).forEach(r -> requestSubjects.add(BankIndex.lower(r.subject())));
        return new BankIndex.Person(id, schoolCode, rs.getString("municipality_code"), kind, young, lastName, firstName,
                subjects == null ? null : BankIndex.lower(subjects), BankIndex.nameWords(lastName + " " + firstName + " " + (middleName == null ? "" : middleName)),
                mentorPairs > 0, menteePairs > 0, Set.copyOf(topicSubjects), Set.copyOf(requestSubjects), mentor, mentee);
    }

    private static BankStatus status(int activePairs) {
        return activePairs > 0 ? BankStatus.IN_PAIR : BankStatus.FREE;
    }

    /** Bind parameters stay well under PostgreSQL's limit of 65,535 per statement; null: everybody. */
    static List<List<UUID>> chunks(Collection<UUID> ids) {
        List<List<UUID>> out = new ArrayList<>();
        if (ids == null) {
            out.add(null);
            return out;
        }
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 10_000) {
            out.add(all.subList(from, Math.min(all.size(), from + 10_000)));
        }
        return out;
    }
}
