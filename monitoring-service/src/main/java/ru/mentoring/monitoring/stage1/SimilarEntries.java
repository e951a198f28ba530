package ru.mentoring.monitoring.stage1;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups what schools wrote (SWOT entries) so that the district sees the common points: entries
 * that are the same after normalising (case, «ё», punctuation, spaces), or similar — their
 * significant words share a stem (the first {@value #STEM} letters, a crude but predictable Russian
 * stemmer) with a Jaccard index of at least {@value #SIMILAR}. Plain Java, no framework.
 */
public final class SimilarEntries {

    static final int STEM = 5;
    static final double SIMILAR = 0.6;

    private static final Set<String> STOP_WORDS = Set.of("и", "в", "во", "на", "с", "со", "по", "для", "не", "нет", "от",
            "до", "к", "ко", "из", "у", "о", "об", "обо", "за", "при", "что", "как", "а", "но", "или", "же", "их", "его",
            "ее", "это", "все", "всех", "так", "также", "то", "бы", "ли", "мы", "вы", "они", "он", "она", "оно", "без",
            "над", "под", "про", "через", "очень", "более", "менее");

    /** One entry as a school wrote it. */
    public record Entry(String schoolCode, String text) {
    }

    /**
     * @param text     the wording most schools used (the first one on a tie)
     * @param schools  the schools that wrote it, each once
     * @param variants every distinct wording in the group
     */
    public record Group(String text, int count, List<String> schools, List<String> variants) {
    }

    private SimilarEntries() {
    }

    static List<Group> group(List<Entry> entries) {
        List<Builder> groups = new ArrayList<>();
        for (Entry e : entries) {
            if (e.text() == null || e.text().isBlank()) {
                continue;
            }
            String normal = normalise(e.text());
            Set<String> stems = stems(normal);
            Builder match = null;
            for (Builder g : groups) {
                if (g.normals.contains(normal) || jaccard(g.stems, stems) >= SIMILAR) {
                    match = g;
                    break;
                }
            }
            if (match == null) {
                match = new Builder(stems);
                groups.add(match);
            }
            match.add(e, normal);
        }
        return groups.stream().map(Builder::build)
                .sorted(Comparator.comparingInt(Group::count).reversed().thenComparing(Group::text))
                .toList();
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }

    static Set<String> stems(String normal) {
        Set<String> stems = new TreeSet<>();
        for (String word : normal.split(" ")) {
            if (word.isEmpty() || STOP_WORDS.contains(word)) {
                continue;
            }
            stems.add(word.length() > STEM ? word.substring(0, STEM) : word);
        }
        return stems;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long common = a.stream().filter(b::contains).count();
        return (double) common / union.size();
    }

    private static final class Builder {

        final Set<String> stems;
        final Set<String> normals = new HashSet<>();
        final Set<String> schools = new LinkedHashSet<>();
        final Map<String, Integer> wordings = new LinkedHashMap<>();

        Builder(Set<String> stems) {
            this.stems = stems;
        }

        void add(Entry e, String normal) {
            normals.add(normal);
            schools.add(e.schoolCode());
            wordings.merge(e.text().strip(), 1, Integer::sum);
        }

        Group build() {
            String text = wordings.entrySet().stream()
                    .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)).map(Map.Entry::getKey).orElseThrow();
            List<String> sortedSchools = schools.stream().sorted().toList();
            return new Group(text, sortedSchools.size(), sortedSchools, List.copyOf(wordings.keySet()));
        }
    }
}
