package ru.mentoring.registry.bank;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mentoring.platform.tenant.TenantContext;
import ru.mentoring.registry.bank.BankViews.BankStatus;
import ru.mentoring.registry.bank.BankViews.MenteeEntry;
import ru.mentoring.registry.bank.BankViews.MentorEntry;
import ru.mentoring.registry.bank.BankViews.RequestView;
import ru.mentoring.registry.bank.BankViews.TopicView;
import ru.mentoring.registry.pair.PairStatus;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.shared.PageView;

/**
 * The banks of mentors and mentees held in memory for the search, exactly as committed.
 *
 * <p>Why: a search's page is a handful of filters over tens of thousands of people, sorted by name.
 * In SQL that meant reading every match of a name or subject (or walking the bank in name order past
 * the non-matches) for every request; here a filter is a bit set over the bank in name order, a page
 * is the AND of a few of them, and the entries are built once per change instead of once per request.
 *
 * <p>Never stale: every search first reads the committed bank version (one primary-key read). When
 * it has moved on, the people changed since the version held are read from {@code bank_change}
 * (written by the database's own triggers in the writer's transaction, changelog 20261126-01) and
 * reloaded, in one repeatable-read snapshot with the version itself; a truncation, a gap left by
 * pruning or more than {@link #FULL_RELOAD_AFTER} changed people reload everything. The name order
 * is PostgreSQL's {@code order by last_name, first_name, id}, read from the banks' name-order
 * indexes, so pages are in the same order as before and as the exports.
 *
 * <p>Memory: about 1 KiB per person in a bank (the entries as the search returns them, with their
 * topics or requests). 50,000 people: about 50 MiB.
 */
@Component
public class BankIndex {

    /** Beyond this many people changed since the version held, everything is reloaded. */
    static final int FULL_RELOAD_AFTER = 10_000;

    private static final int MAX_CACHED_SUBJECTS = 1_000;
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshotTransaction;
    private final Timer fullReloads;
    private final Timer changeReloads;
    private final TransactionTemplate pruneTransaction;
    private volatile Snapshot snapshot;
    private volatile long pruneMark;

    public BankIndex(JdbcClient jdbc, PlatformTransactionManager transactions, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.snapshotTransaction = new TransactionTemplate(transactions);
        snapshotTransaction.setReadOnly(true);
        snapshotTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshotTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.pruneTransaction = new TransactionTemplate(transactions);
        this.fullReloads = reloads(meters, "full");
        this.changeReloads = reloads(meters, "changes");
        Gauge.builder("registry.bank.index.people", this, i -> i.snapshot == null ? 0 : i.snapshot.people.size())
                .description("People in the banks' search index").register(meters);
    }

    private static Timer reloads(MeterRegistry meters, String kind) {
        return Timer.builder("registry.bank.index.reloads").tag("kind", kind)
                .description("Reloads of the banks' search index: everything (full), or the people changed since the version held")
                .register(meters);
    }

    /** The banks as committed now. */
    public Snapshot current() {
        long committed = jdbc.sql("select version from bank_version where id = 1").query(Long.class).single();
        Snapshot held = snapshot;
        if (held != null && held.version >= committed) {
            return held;
        }
        synchronized (this) {
            Snapshot latest = snapshot;
            if (latest != null && latest.version >= committed) {
                return latest;
            }
            // the banks are everyone's, whoever's search noticed the change: read them as the system,
            // never in a school administrator's tenant (row-level security would hide the other schools)
            Snapshot fresh = TenantContext.callAsSystem(() -> snapshotTransaction.execute(tx -> load(latest)));
            snapshot = fresh;
            return fresh;
        }
    }

    /**
     * Deletes the changes older than the previous run (so every change is kept at least one interval)
     * and records the gap in {@code pruned_below}: an index that still holds an older version then
     * reloads everything instead of missing changes.
     */
    @Scheduled(fixedDelayString = "${registry.bank-index.prune-every:PT1H}", initialDelayString = "${registry.bank-index.prune-every:PT1H}")
    public void prune() {
        long version = jdbc.sql("select version from bank_version where id = 1").query(Long.class).single();
        long mark = pruneMark;
        if (mark > 0) {
            pruneTransaction.executeWithoutResult(tx -> {
                jdbc.sql("update bank_version set pruned_below = :mark where id = 1 and pruned_below < :mark").param("mark", mark).update();
                jdbc.sql("delete from bank_change where version < :mark").param("mark", mark).update();
            });
        }
        pruneMark = version;
    }

    // ---------------------------------------------------------------- loading

    private Snapshot load(Snapshot previous) {
        long[] state = jdbc.sql("select version, pruned_below from bank_version where id = 1")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long version = state[0];
        if (previous != null && previous.version >= version) {
            return previous;
        }
        long started = System.nanoTime();
        Map<UUID, Person> people;
        boolean full = previous == null || previous.version < state[1];
        List<UUID> changed = List.of();
        if (!full) {
            changed = jdbc.sql("select distinct participant_id from bank_change where version > :from and version <= :to")
                    .param("from", previous.version).param("to", version)
                    .query((rs, n) -> rs.getObject(1, UUID.class)).list();
            full = changed.contains(null) || changed.size() > FULL_RELOAD_AFTER;
        }
        Snapshot loaded;
        if (full) {
            people = loadPeople(null);
            loaded = new Snapshot(version, people, new Bank(true, order("mentor_bank"), people),
                    new Bank(false, order("mentee_bank"), people));
        } else {
            people = new HashMap<>(previous.people);
            changed.forEach(people::remove);
            people.putAll(loadPeople(changed));
            if (changed.stream().allMatch(id -> samePlace(previous.people.get(id), people.get(id)))) {
                // a topic, a request, a consent, a pair, a subject...: nobody moved, the entries are replaced where they are
                loaded = new Snapshot(version, people, previous.mentors.replacing(changed, people),
                        previous.mentees.replacing(changed, people));
            } else {
                loaded = new Snapshot(version, people, new Bank(true, order("mentor_bank"), people),
                        new Bank(false, order("mentee_bank"), people));
            }
        }
        (full ? fullReloads : changeReloads).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return loaded;
    }

    /**
     * Whether a changed person stays where they were in both banks: the same banks, name order key,
     * name words, school and municipality (the bit sets of those are then reused as they are).
     */
    private static boolean samePlace(Person before, Person after) {
        if (before == null || after == null) {
            return before == after;
        }
        return (before.mentor() == null) == (after.mentor() == null) && (before.mentee() == null) == (after.mentee() == null)
                && before.lastName().equals(after.lastName()) && before.firstName().equals(after.firstName())
                && Arrays.equals(before.nameWords(), after.nameWords()) && before.schoolCode().equals(after.schoolCode())
                && Objects.equals(before.municipality(), after.municipality());
    }

    /** The bank's people in name order, from its name-order index (changelog 20261123-06). */
    private List<UUID> order(String bank) {
        return jdbc.sql("select id from participant where " + bank + " order by last_name, first_name, id")
                .query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }

    /** The people in a bank among the given ones, or everybody in a bank when {@code ids} is null. */
    private Map<UUID, Person> loadPeople(Collection<UUID> ids) {
        Map<UUID, Person> out = new HashMap<>();
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

    private static Person person(ResultSet rs, Map<UUID, List<TopicView>> topics, Map<UUID, List<RequestView>> requests)
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
        personTopics.forEach(t -> topicSubjects.add(lower(t.subject())));
        Set<String> requestSubjects = new HashSet<>();
        personRequests.stream().filter(r -> r.subject() != null).forEach(r -> requestSubjects.add(lower(r.subject())));
        return new Person(id, schoolCode, rs.getString("municipality_code"), kind, young, lastName, firstName,
                subjects == null ? null : lower(subjects), nameWords(lastName + " " + firstName + " " + (middleName == null ? "" : middleName)),
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

    /** As PostgreSQL's lower() for the letters of names and subjects. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * The words of a name or of a name search: lower case, ё as е, split at anything but letters and
     * digits (as the words of the name's full-text vector were, changelog 20261124-01).
     */
    static String[] nameWords(String s) {
        return Arrays.stream(NOT_A_LETTER.split(lower(s).replace('ё', 'е'))).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    // ---------------------------------------------------------------- the index

    /** One person of the banks, with the entries the search returns and the keys it filters on. */
    record Person(UUID id, String schoolCode, String municipality, ParticipantKind kind, boolean youngSpecialist,
            String lastName, String firstName, String subjects, String[] nameWords, boolean inMentorPair, boolean inMenteePair, Set<String> topicSubjects,
            Set<String> requestSubjects, MentorEntry mentor, MenteeEntry mentee) {
    }

    /** The banks at one committed version. */
    public record Snapshot(long version, Map<UUID, Person> people, Bank mentors, Bank mentees) {
    }

    /** Where a search looks: one school, or every school of a municipality. */
    record Scope(String school, String municipality) {
    }

    /** One bank in name order, with a bit set (over the positions in name order) per filter value. */
    public static final class Bank {

        private final boolean mentors;
        private final Person[] people;
        private final Map<String, BitSet> municipalities = new HashMap<>();
        private final Map<String, int[]> schools = new HashMap<>();
        private final Map<ParticipantKind, BitSet> kinds = new EnumMap<>(ParticipantKind.class);
        private final BitSet young = new BitSet();
        private final BitSet inPair = new BitSet();
        private final String[] words;
        private final int[] wordAt;
        private final Map<String, BitSet> subjects = new ConcurrentHashMap<>();
        private final Map<UUID, Integer> positions;

        /** This bank with the given people's entries and filter bits replaced in place (see samePlace). */
        Bank replacing(Collection<UUID> changed, Map<UUID, Person> all) {
            return new Bank(this, changed, all);
        }

        private Bank(Bank from, Collection<UUID> changed, Map<UUID, Person> all) {
            this.mentors = from.mentors;
            this.people = from.people.clone();
            this.positions = from.positions;
            this.municipalities.putAll(from.municipalities);
            this.schools.putAll(from.schools);
            this.words = from.words;
            this.wordAt = from.wordAt;
            from.kinds.forEach((kind, bits) -> kinds.put(kind, (BitSet) bits.clone()));
            young.or(from.young);
            inPair.or(from.inPair);
            for (UUID id : changed) {
                Integer i = positions.get(id);
                if (i == null) {
                    continue; // not in this bank, before or after
                }
                Person p = all.get(id);
                people[i] = p;
                kinds.values().forEach(bits -> bits.clear(i));
                kinds.computeIfAbsent(p.kind(), k -> new BitSet(people.length)).set(i);
                young.set(i, p.youngSpecialist());
                inPair.set(i, mentors ? p.inMentorPair() : p.inMenteePair());
            }
        }

        Bank(boolean mentors, List<UUID> order, Map<UUID, Person> all) {
            this.mentors = mentors;
            List<Person> list = new ArrayList<>(order.size());
            for (UUID id : order) {
                Person p = all.get(id);
                // a person is in the order but not loaded only if they left the bank in between: never in one snapshot
                if (p != null && (mentors ? p.mentor() != null : p.mentee() != null)) {
                    list.add(p);
                }
            }
            this.people = list.toArray(Person[]::new);
            this.positions = new HashMap<>(people.length * 2);
            Map<String, List<Integer>> bySchool = new HashMap<>();
            List<Map.Entry<String, Integer>> nameWords = new ArrayList<>();
            for (int i = 0; i < people.length; i++) {
                Person p = people[i];
                positions.put(p.id(), i);
                municipalities.computeIfAbsent(p.municipality(), k -> new BitSet(people.length)).set(i);
                bySchool.computeIfAbsent(p.schoolCode(), k -> new ArrayList<>()).add(i);
                kinds.computeIfAbsent(p.kind(), k -> new BitSet(people.length)).set(i);
                if (p.youngSpecialist()) {
                    young.set(i);
                }
                if (mentors ? p.inMentorPair() : p.inMenteePair()) {
                    inPair.set(i);
                }
                for (String w : new HashSet<>(Arrays.asList(p.nameWords()))) {
                    nameWords.add(Map.entry(w, i));
                }
            }
            bySchool.forEach((code, positions) -> schools.put(code, positions.stream().mapToInt(Integer::intValue).toArray()));
            nameWords.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
            this.words = new String[nameWords.size()];
            this.wordAt = new int[nameWords.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = nameWords.get(i).getKey();
                wordAt[i] = nameWords.get(i).getValue();
            }
        }

        public int size() {
            return people.length;
        }

        /**
         * One page in name order and the total.
         *
         * @param nameWords beginnings of words of the full name, all of which must match (see nameWords)
         * @param subject   lower case: in the person's subjects, or a topic's (request's) subject exactly
         */
        <T> PageView<T> search(Scope scope, BankSearch.Filter filter, String[] nameWords, String subject, long offset, int page,
                int size, Function<Person, T> entry) {
            BitSet found = scope(scope);
            if (filter.role() != null) {
                found.and(kinds.getOrDefault(filter.role(), new BitSet()));
            }
            if (filter.youngSpecialist() != null) {
                if (filter.youngSpecialist()) {
                    found.and(young);
                } else {
                    found.andNot(young);
                }
            }
            if (filter.status() != null) {
                if (filter.status() == BankStatus.IN_PAIR) {
                    found.and(inPair);
                } else {
                    found.andNot(inPair);
                }
            }
            if (nameWords != null) {
                for (String w : nameWords) {
                    found.and(beginning(w));
                }
            }
            if (subject != null) {
                found.and(subject(subject));
            }
            List<T> items = new ArrayList<>(Math.min(size, 64));
            long skipped = 0;
            for (int i = found.nextSetBit(0); i >= 0 && items.size() < size; i = found.nextSetBit(i + 1)) {
                if (skipped++ >= offset) {
                    items.add(entry.apply(people[i]));
                }
            }
            return new PageView<>(items, page, size, found.cardinality());
        }

        private BitSet scope(Scope scope) {
            if (scope.school() != null) {
                BitSet out = new BitSet(people.length);
                for (int i : schools.getOrDefault(scope.school(), new int[0])) {
                    out.set(i);
                }
                return out;
            }
            BitSet municipality = municipalities.get(scope.municipality());
            return municipality == null ? new BitSet() : (BitSet) municipality.clone();
        }

        /** Everybody with a word of the name that begins with {@code prefix}: a range of the sorted words. */
        private BitSet beginning(String prefix) {
            BitSet out = new BitSet(people.length);
            // the first word not before the prefix (the words repeat, so not Arrays.binarySearch)
            int low = 0;
            int high = words.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (words[mid].compareTo(prefix) < 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            for (int i = low; i < words.length && words[i].startsWith(prefix); i++) {
                out.set(wordAt[i]);
            }
            return out;
        }

        /** Built once per subject asked and kept with this version of the bank. */
        private BitSet subject(String subject) {
            BitSet cached = subjects.get(subject);
            if (cached != null) {
                return cached;
            }
            BitSet out = new BitSet(people.length);
            for (int i = 0; i < people.length; i++) {
                Person p = people[i];
                if ((p.subjects() != null && p.subjects().contains(subject))
                        || (mentors ? p.topicSubjects() : p.requestSubjects()).contains(subject)) {
                    out.set(i);
                }
            }
            if (subjects.size() >= MAX_CACHED_SUBJECTS) {
                subjects.clear();
            }
            subjects.put(subject, out);
            return out;
        }
    }
}
