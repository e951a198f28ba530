package ru.mentoring.web.schools;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Filtering, sorting and paging of the schools' table, done here on the server: the index service
 * answers a municipality's schools in one list (a district has tens of schools), the browser gets
 * one page of it.
 */
public final class SchoolTable {

    static final int PAGE_SIZE = 20;

    /** One line of the table: names and numbers, never a code shown. */
    public record Row(String code, String name, Double ior, Integer iorQuartile, Double isbsh, Integer isbshQuartile,
            List<String> statuses) {
    }

    /** What the person asked for; anything unknown falls back to name order, first page. */
    public record Query(String status, String sort, boolean descending, int page) {

        static Query of(String status, String sort, String dir, Integer page) {
            String column = sort == null ? "name" : switch (sort) {
                case "ior", "isbsh", "name" -> sort;
                default -> "name";
            };
            return new Query(status == null || status.isBlank() ? null : status, column, "desc".equals(dir),
                    page == null || page < 1 ? 1 : page);
        }
    }

    public record Page(List<Row> rows, int page, int pages, int total) {
    }

    private static final Comparator<String> RUSSIAN = java.text.Collator.getInstance(Locale.forLanguageTag("ru-RU"))::compare;

    private SchoolTable() {
    }

    static Page page(List<Row> all, Query query) {
        List<Row> filtered = all.stream()
                .filter(r -> query.status() == null || r.statuses().contains(query.status()))
                .sorted(order(query))
                .toList();
        int pages = Math.max(1, (filtered.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(query.page(), pages);
        int from = (page - 1) * PAGE_SIZE;
        return new Page(filtered.subList(from, Math.min(filtered.size(), from + PAGE_SIZE)), page, pages, filtered.size());
    }

    private static Comparator<Row> order(Query query) {
        Comparator<Row> byName = Comparator.comparing(Row::name, RUSSIAN);
        Comparator<Row> primary = switch (query.sort()) {
            case "ior" -> numbers(Row::ior, query.descending());
            case "isbsh" -> numbers(Row::isbsh, query.descending());
            default -> query.descending() ? byName.reversed() : byName;
        };
        return primary.thenComparing(byName);
    }

    /** Undefined values last in either direction: they are not "the lowest". */
    private static Comparator<Row> numbers(Function<Row, Double> value, boolean descending) {
        Comparator<Double> natural = descending ? Comparator.<Double>reverseOrder() : Comparator.<Double>naturalOrder();
        return Comparator.comparing(value, Comparator.nullsLast(natural));
    }
}
