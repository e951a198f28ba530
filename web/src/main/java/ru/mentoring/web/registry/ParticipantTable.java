package ru.mentoring.web.registry;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import ru.mentoring.web.registry.RegistryApi.Participant;

/**
 * The participants' table: the name search, the filters, the order and the page, on this server
 * (the registry answers a school's people as one list; the page never sends them all to the browser).
 */
public final class ParticipantTable {

    static final int PAGE_SIZE = 20;

    private static final Comparator<String> RUSSIAN = Collator.getInstance(Locale.forLanguageTag("ru-RU"))::compare;

    /** One line: the person and their school's short name. */
    public record Row(Participant person, String school) {
    }

    /**
     * @param q      the name search: every word typed begins a word of the full name, in any order,
     *               case and ё ignored (the same rule as the registry's search of the banks)
     * @param kind   a participant category code, or null for all
     * @param school a school code, or null for every school the person sees
     * @param sort   {@code name}, {@code kind} or {@code school}
     */
    public record Query(String q, String kind, String school, String sort, boolean descending, int page) {

        static Query of(String q, String kind, String school, String sort, String dir, Integer page) {
            String order = sort == null || !List.of("name", "kind", "school").contains(sort) ? "name" : sort;
            return new Query(blankToNull(q), RegistryLabels.KINDS.containsKey(kind) ? kind : null, blankToNull(school),
                    order, "desc".equals(dir), page == null || page < 1 ? 1 : page);
        }

        public String dir() {
            return descending ? "desc" : "asc";
        }

        /** The direction a click on a column's header asks for. */
        public String dirFor(String column) {
            return column.equals(sort) && !descending ? "desc" : "asc";
        }

        public String ariaSort(String column) {
            return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
        }
    }

    public record Page(List<Row> rows, int page, int pages, int total) {
    }

    private ParticipantTable() {
    }

    static Page page(List<Participant> people, Map<String, String> schoolNames, Query query) {
        List<String> words = query.q() == null ? List.of() : Arrays.stream(normalized(query.q()).split(" "))
                .filter(w -> !w.isEmpty()).toList();
        List<Row> rows = people.stream()
                .filter(p -> query.kind() == null || query.kind().equals(p.kind()))
                .filter(p -> query.school() == null || query.school().equals(p.schoolCode()))
                .filter(p -> matches(p.fullName(), words))
                .map(p -> new Row(p, schoolNames.getOrDefault(p.schoolCode(), "—")))
                .sorted(order(query))
                .toList();
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(query.page(), pages);
        int from = (page - 1) * PAGE_SIZE;
        return new Page(rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE)), page, pages, rows.size());
    }

    static boolean matches(String fullName, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        List<String> parts = Arrays.stream(normalized(fullName).split(" ")).filter(w -> !w.isEmpty()).toList();
        return words.stream().allMatch(w -> parts.stream().anyMatch(part -> part.startsWith(w)));
    }

    /** Lower case, ё as е, punctuation as a space. */
    static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Comparator<Row> order(Query query) {
        Comparator<Row> byName = Comparator.comparing((Row r) -> r.person().fullName(), RUSSIAN);
        Function<Row, String> key = switch (query.sort()) {
            case "kind" -> r -> RegistryLabels.KINDS.getOrDefault(r.person().kind(), "");
            case "school" -> Row::school;
            default -> null;
        };
        Comparator<Row> first = key == null ? byName : Comparator.comparing(key, RUSSIAN);
        if (query.descending()) {
            first = first.reversed();
        }
        return key == null ? first : first.thenComparing(byName);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
