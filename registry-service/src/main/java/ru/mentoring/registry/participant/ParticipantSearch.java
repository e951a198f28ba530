package ru.mentoring.registry.participant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.registry.school.SchoolService;
import ru.mentoring.registry.shared.PageView;

/**
 * The participants of every school the caller reads, one page at a time, filtered, counted and
 * sorted by PostgreSQL: a coordinator of a thousand schools gets twenty rows, not fifty thousand.
 * The scope is the one {@code GET /schools/{code}/participants} has ({@link CallerScope#forReading}),
 * written into the query itself: row-level security lets a school read the people it shares a pair
 * with, and this list is of the school's own people only.
 *
 * <p>The search itself reads every row of the scope (see the changelog: row-level security keeps
 * PostgreSQL from answering LIKE from an index); a municipality of 50,000 people is one pass over a
 * stored column, measured in docs/benchmarks.md.
 */
@Component
class ParticipantSearch {

    static final int MAX_SIZE = 200;
    static final int MAX_QUERY = 100;

    /** The orders a caller may ask for; each ends with the id so that pages never overlap. */
    private static final Map<String, String> ORDERS = Map.of(
            "name", nameOrder("%1$s"),
            "school", yoAsYe("s.short_name") + " %1$s, " + nameOrder("asc"),
            "kind", kindLabelOrder() + " %1$s, " + nameOrder("asc"),
            "externalKey", "p.external_key %1$s, p.id %1$s");

    /**
     * The full name as the search reads it, kept by PostgreSQL (changelog 20261207-01): lower case,
     * ё as е, a hyphen as a space, and a space in front so that {@code like '% word%'} finds the
     * beginning of any word of the name.
     */
    static final String NAME_WORDS = "p.name_words";

    /** What was asked: a name search, a school, a category, the page and its order. */
    record Query(String q, String schoolCode, ParticipantKind category, int page, int size, String sort, boolean descending) {

        /** Checks the parameters; every bad one is named, in Russian, in one 400. */
        static Query of(String q, String schoolCode, ParticipantKind category, Integer page, Integer size, String sort) {
            List<DomainRuleException.Violation> bad = new ArrayList<>();
            String words = blank(q);
            if (words != null && words.length() > MAX_QUERY) {
                bad.add(new DomainRuleException.Violation("q", "Не длиннее " + MAX_QUERY + " символов"));
            }
            int p = page == null ? 0 : page;
            if (p < 0) {
                bad.add(new DomainRuleException.Violation("page", "Номер страницы не может быть отрицательным"));
            }
            int s = size == null ? 50 : size;
            if (s < 1 || s > MAX_SIZE) {
                bad.add(new DomainRuleException.Violation("size", "Размер страницы от 1 до " + MAX_SIZE));
            }
            String field = "name";
            boolean descending = false;
            String order = blank(sort);
            if (order != null) {
                String[] parts = order.split(",", -1);
                field = parts[0].strip();
                String dir = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
                descending = dir.equals("desc");
                if (!ORDERS.containsKey(field) || parts.length > 2 || !(dir.equals("asc") || descending)) {
                    bad.add(new DomainRuleException.Violation("sort", "Неверный порядок «" + order + "»; допустимы: "
                            + ORDERS.keySet().stream().sorted().collect(Collectors.joining(", "))
                            + ", с необязательным «,asc» или «,desc»"));
                }
            }
            if (!bad.isEmpty()) {
                throw new DomainRuleException(400, "Некорректные параметры запроса.", bad);
            }
            return new Query(words, blank(schoolCode), category, p, s, field, descending);
        }
    }

    private final JdbcClient jdbc;
    private final SchoolService schools;

    ParticipantSearch(JdbcClient jdbc, SchoolService schools) {
        this.jdbc = jdbc;
        this.schools = schools;
    }

    @Transactional(readOnly = true)
    PageView<ParticipantView> search(CallerIdentity caller, Query query) {
        CallerScope scope = CallerScope.forReading(caller);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder();
        CallerScope.SqlCondition inScope = scope.namedCondition("p.school_code", "s.municipality_code");
        where.append(inScope.sql());
        params.putAll(inScope.named());
        if (query.schoolCode() != null) {
            // a school outside the scope is 404, as /schools/{code}/participants answers
            params.put("school", schools.readable(caller, query.schoolCode()).getCode());
            where.append(" and p.school_code = :school");
        }
        if (query.category() != null) {
            params.put("kind", query.category().name());
            where.append(" and p.kind = :kind");
        }
        if (query.q() != null) {
            List<String> words = words(query.q());
            if (words.isEmpty()) {
                return new PageView<>(List.of(), query.page(), query.size(), 0); // nothing but punctuation: no name has it
            }
            for (int i = 0; i < words.size(); i++) {
                params.put("w" + i, "% " + words.get(i) + "%");
                where.append(" and ").append(NAME_WORDS).append(" like :w").append(i);
            }
        }
        String from = " from participant p join school s on s.code = p.school_code where " + where;
        long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
        if (total <= (long) query.page() * query.size()) {
            return new PageView<>(List.of(), query.page(), query.size(), total);
        }
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        List<ParticipantView> items = jdbc.sql("""
                        select p.id, p.school_code, p.external_key, p.kind, p.last_name, p.first_name, p.middle_name,
                               p.subjects, p.experience_years, p.qualification_category, p.young_specialist, p.grade,
                               p.mentor_bank, p.mentee_bank""" + from
                        + " order by " + ORDERS.get(query.sort()).formatted(query.descending() ? "desc" : "asc")
                        + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new ParticipantView(rs.getObject("id", UUID.class), rs.getString("school_code"),
                        rs.getString("external_key"), ParticipantKind.valueOf(rs.getString("kind")), rs.getString("last_name"),
                        rs.getString("first_name"), rs.getString("middle_name"), rs.getString("subjects"),
                        rs.getObject("experience_years", Integer.class), rs.getString("qualification_category"),
                        rs.getBoolean("young_specialist"), rs.getObject("grade", Integer.class), rs.getBoolean("mentor_bank"),
                        rs.getBoolean("mentee_bank")))
                .list();
        return new PageView<>(items, query.page(), query.size(), total);
    }

    /** The words of a search as the index reads names: lower case, ё as е, anything but letters and digits a space. */
    static List<String> words(String q) {
        return Arrays.stream(q.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).distinct().toList();
    }

    /**
     * The name order, the expressions of the index {@code ix_participant_name_order}: the database
     * compares code points, where Ё comes before А; read as Е it falls where a Russian reader looks for it.
     */
    static String nameOrder(String dir) {
        return yoAsYe("p.last_name") + " " + dir + ", " + yoAsYe("p.first_name") + " " + dir + ", "
                + yoAsYe("coalesce(p.middle_name, '')") + " " + dir + ", p.id " + dir;
    }

    private static String yoAsYe(String column) {
        return "translate(" + column + ", 'Ёё', 'Ее')";
    }

    /** The categories in the order of their Russian labels (обучающийся, педагог, ...), not of their codes. */
    private static String kindLabelOrder() {
        List<ParticipantKind> byLabel = Arrays.stream(ParticipantKind.values())
                .sorted(Comparator.comparing(ParticipantKind::label)).toList();
        StringBuilder sql = new StringBuilder("case p.kind");
        for (int i = 0; i < byLabel.size(); i++) {
            sql.append(" when '").append(byLabel.get(i).name()).append("' then ").append(i);
        }
        return sql.append(" end").toString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
