package ru.mentoring.web.registry;

import java.util.List;
import java.util.Map;

import ru.mentoring.web.registry.RegistryApi.Participant;

/**
 * The participants' table: what the page asks the registry for (the name search, the filters, the
 * order, the page) and the page it shows. The registry searches, counts, sorts and cuts the pages
 * in its database ({@code GET /api/registry/participants}); the page never holds more than one page.
 */
public final class ParticipantTable {

    static final int PAGE_SIZE = 20;

    /** One line: the person and their school's short name. */
    public record Row(Participant person, String school) {
    }

    /**
     * @param q      the name search: every word typed begins a word of the full name, in any order,
     *               case and ё ignored (the registry's rule)
     * @param kind   a participant category code, or null for all
     * @param school a school code, or null for every school the person sees
     * @param sort   {@code name}, {@code kind} or {@code school}
     * @param page   counted from 1, as people count pages
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

        /** The order as the registry's list takes it: {@code name}, {@code school,desc}, ... */
        String apiSort() {
            return sort + "," + dir();
        }

        /** The same query on another page. */
        Query onPage(int other) {
            return new Query(q, kind, school, sort, descending, other);
        }

        /** The direction a click on a column's header asks for. */
        public String dirFor(String column) {
            return column.equals(sort) && !descending ? "desc" : "asc";
        }

        public String ariaSort(String column) {
            return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
        }
    }

    public record Page(List<Row> rows, int page, int pages, long total) {
    }

    private ParticipantTable() {
    }

    /** The registry's page (counted from 0) as the table's (from 1), schools by their short names. */
    static Page page(RegistryApi.Page<Participant> answer, Map<String, String> schoolNames) {
        List<Row> rows = answer.items().stream()
                .map(p -> new Row(p, schoolNames.getOrDefault(p.schoolCode(), "—")))
                .toList();
        return new Page(rows, answer.page() + 1, pages(answer.total()), answer.total());
    }

    static int pages(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
