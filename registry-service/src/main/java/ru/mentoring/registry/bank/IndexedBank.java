package ru.mentoring.registry.bank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import ru.mentoring.registry.bank.BankViews.BankStatus;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.shared.PageView;

/**
 * One bank in name order, with a bit set (over the positions in name order) per filter value: a
 * page of the search is the AND of a few of them. Built from a snapshot's people; a change that
 * moves nobody replaces entries and bits where they are.
 */
final class IndexedBank {

    private static final int MAX_CACHED_SUBJECTS = 1_000;

    private final boolean mentors;
    private final BankIndex.Person[] people;
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
    IndexedBank replacing(Collection<UUID> changed, Map<UUID, BankIndex.Person> all) {
        return new IndexedBank(this, changed, all);
    }

    private IndexedBank(IndexedBank from, Collection<UUID> changed, Map<UUID, BankIndex.Person> all) {
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
            BankIndex.Person p = all.get(id);
            people[i] = p;
            kinds.values().forEach(bits -> bits.clear(i));
            kinds.computeIfAbsent(p.kind(), k -> new BitSet(people.length)).set(i);
            young.set(i, p.youngSpecialist());
            inPair.set(i, mentors ? p.inMentorPair() : p.inMenteePair());
        }
    }

    IndexedBank(boolean mentors, List<UUID> order, Map<UUID, BankIndex.Person> all) {
        this.mentors = mentors;
        List<BankIndex.Person> list = new ArrayList<>(order.size());
        for (UUID id : order) {
            BankIndex.Person p = all.get(id);
            // a person is in the order but not loaded only if they left the bank in between: never in one snapshot
            if (p != null && (mentors ? p.mentor() != null : p.mentee() != null)) {
                list.add(p);
            }
        }
        this.people = list.toArray(BankIndex.Person[]::new);
        this.positions = new HashMap<>(people.length * 2);
        Map<String, List<Integer>> bySchool = new HashMap<>();
        List<Map.Entry<String, Integer>> nameWords = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            BankIndex.Person p = people[i];
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
    <T> PageView<T> search(BankIndex.Scope scope, BankSearch.Filter filter, String[] nameWords, String subject, long offset, int page,
            int size, Function<BankIndex.Person, T> entry) {
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

    private BitSet scope(BankIndex.Scope scope) {
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
            BankIndex.Person p = people[i];
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
