package ru.mentoring.registry.bank;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.registry.bank.BankViews.BankStatus;
import ru.mentoring.registry.bank.BankViews.MenteeEntry;
import ru.mentoring.registry.bank.BankViews.MentorEntry;
import ru.mentoring.registry.bank.BankViews.RequestView;
import ru.mentoring.registry.bank.BankViews.TopicView;
import ru.mentoring.registry.pair.PairStatus;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.school.SchoolService;
import ru.mentoring.registry.shared.PageView;

/**
 * Searching the banks of mentors and mentees. Plain SQL, for speed (one query for the page, one
 * for the total, one for the page's topics or requests) and because the scope is set here, not by
 * the tenant filter: a school administrator's search is bound to their school, a coordinator's to
 * the schools of their municipality, by a condition every query carries.
 *
 * <p>Indexes (changelogs 20261123-06 and 20261124-01): a full-text GIN of the name's words for
 * {@code q}, trigram GIN on the subjects for {@code subject}, partial indexes of each bank in name order for the pages,
 * {@code pair_member(participant_id, role, pair_id)} for the current load.
 */
@Component
public class BankSearch {

    /**
     * @param school          one school's code, or null for every school the caller may read
     * @param subject         a subject the person teaches, mentors on or asks about (case-insensitive)
     * @param role            the kind of participant (педагог, обучающийся, ...)
     * @param status          FREE or IN_PAIR in the bank's role
     * @param youngSpecialist молодой специалист or not
     * @param q               beginnings of words of the full name, in any order (see nameQuery)
     */
    public record Filter(String school, String subject, ParticipantKind role, BankStatus status, Boolean youngSpecialist,
            String q) {
    }

    private static final String ACTIVE = String.join(",", PairStatus.ACTIVE.stream().map(s -> "'" + s.name() + "'").toList());

    private static final int MAX_CACHED_TOTALS = 10_000;

    /** Up to this many people found by name, the page is read from the name index (see page). */
    static final int FEW_NAMES = 3_000;

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final JdbcClient jdbc;
    private final SchoolService schools;
    private final Map<String, CachedTotal> totals = new ConcurrentHashMap<>();

    public BankSearch(JdbcClient jdbc, SchoolService schools) {
        this.jdbc = jdbc;
        this.schools = schools;
    }

    @Transactional(readOnly = true)
    public PageView<MentorEntry> mentors(CallerIdentity caller, Filter filter, int page, int size) {
        Query query = where(caller, filter, "MENTOR");
        if (query == null) {
            return new PageView<>(List.of(), page, size, 0);
        }
        if (filter.subject() != null) {
            // checked row by row: the page walks the bank's name-order index and stops at its last row,
            // and the total is counted once per change of the bank (see count)
            query.sql.append(" and (lower(p.subjects) like :subjectLike escape '\\'"
                    + " or exists (select 1 from mentor_topic t where t.participant_id = p.id and lower(t.subject) = :subject))");
        }
        long total = count(query, "p.mentor_bank");
        List<MentorEntry> rows = page(query, "p.mentor_bank", "MENTOR", total, page, size, (rs, load) -> new MentorEntry(
                rs.getObject("id", UUID.class), rs.getString("school_code"), rs.getString("short_name"),
                rs.getString("external_key"), ParticipantKind.valueOf(rs.getString("kind")), rs.getString("last_name"),
                rs.getString("first_name"), rs.getString("middle_name"), rs.getString("subjects"),
                (Integer) rs.getObject("experience_years"), rs.getString("qualification_category"),
                rs.getBoolean("young_specialist"), rs.getBoolean("consent"), load, status(load), status(load).label(),
                List.of()));
        Map<UUID, List<TopicView>> topics = topicsOf(rows.stream().map(MentorEntry::id).toList());
        List<MentorEntry> items = rows.stream().map(m -> new MentorEntry(m.id(), m.schoolCode(), m.schoolShortName(),
                m.externalKey(), m.kind(), m.lastName(), m.firstName(), m.middleName(), m.subjects(), m.experienceYears(),
                m.qualificationCategory(), m.youngSpecialist(), m.consentInForce(), m.activePairs(), m.status(),
                m.statusLabel(), topics.getOrDefault(m.id(), List.of()))).toList();
        return new PageView<>(items, page, size, total);
    }

    @Transactional(readOnly = true)
    public PageView<MenteeEntry> mentees(CallerIdentity caller, Filter filter, int page, int size) {
        Query query = where(caller, filter, "MENTEE");
        if (query == null) {
            return new PageView<>(List.of(), page, size, 0);
        }
        if (filter.subject() != null) {
            query.sql.append(" and (lower(p.subjects) like :subjectLike escape '\\'"
                    + " or exists (select 1 from mentee_request r where r.participant_id = p.id and lower(r.subject) = :subject))");
        }
        long total = count(query, "p.mentee_bank");
        List<MenteeEntry> rows = page(query, "p.mentee_bank", "MENTEE", total, page, size, (rs, load) -> new MenteeEntry(
                rs.getObject("id", UUID.class), rs.getString("school_code"), rs.getString("short_name"),
                rs.getString("external_key"), ParticipantKind.valueOf(rs.getString("kind")), rs.getString("last_name"),
                rs.getString("first_name"), rs.getString("middle_name"), rs.getString("subjects"),
                (Integer) rs.getObject("experience_years"), rs.getString("qualification_category"),
                rs.getBoolean("young_specialist"), (Integer) rs.getObject("grade"), rs.getBoolean("consent"), load,
                status(load), status(load).label(), List.of()));
        Map<UUID, List<RequestView>> requests = requestsOf(rows.stream().map(MenteeEntry::id).toList());
        List<MenteeEntry> items = rows.stream().map(m -> new MenteeEntry(m.id(), m.schoolCode(), m.schoolShortName(),
                m.externalKey(), m.kind(), m.lastName(), m.firstName(), m.middleName(), m.subjects(), m.experienceYears(),
                m.qualificationCategory(), m.youngSpecialist(), m.grade(), m.consentInForce(), m.activePairs(), m.status(),
                m.statusLabel(), requests.getOrDefault(m.id(), List.of()))).toList();
        return new PageView<>(items, page, size, total);
    }

    /** Topics of the given people, for the matching and the export. */
    public Map<UUID, List<TopicView>> topicsOf(Collection<UUID> ids) {
        Map<UUID, List<TopicView>> out = new HashMap<>();
        for (List<UUID> chunk : chunks(ids)) {
            jdbc.sql("select id, participant_id, subject, topic from mentor_topic where participant_id in (:ids) order by created_at, id")
                    .param("ids", chunk)
                    .query((rs, n) -> new TopicView(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                            rs.getString("subject"), rs.getString("topic")))
                    .list().forEach(t -> out.computeIfAbsent(t.participantId(), k -> new ArrayList<>()).add(t));
        }
        return out;
    }

    public Map<UUID, List<RequestView>> requestsOf(Collection<UUID> ids) {
        Map<UUID, List<RequestView>> out = new HashMap<>();
        for (List<UUID> chunk : chunks(ids)) {
            jdbc.sql("""
                            select id, participant_id, difficulty_kind, subject, text, status from mentee_request
                            where participant_id in (:ids) order by created_at, id""")
                    .param("ids", chunk)
                    .query((rs, n) -> {
                        DifficultyKind kind = DifficultyKind.valueOf(rs.getString("difficulty_kind"));
                        MenteeRequestStatus status = MenteeRequestStatus.valueOf(rs.getString("status"));
                        return new RequestView(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class), kind,
                                kind.label(), rs.getString("subject"), rs.getString("text"), status, status.label());
                    })
                    .list().forEach(r -> out.computeIfAbsent(r.participantId(), k -> new ArrayList<>()).add(r));
        }
        return out;
    }

    /** Bind parameters stay well under PostgreSQL's limit of 65,535 per statement. */
    private static List<List<UUID>> chunks(Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        List<List<UUID>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 10_000) {
            out.add(all.subList(from, Math.min(all.size(), from + 10_000)));
        }
        return out;
    }

    // ---------------------------------------------------------------- SQL

    private static final class Query {
        final StringBuilder sql = new StringBuilder();
        final Map<String, Object> params = new LinkedHashMap<>();
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs, int activePairs) throws SQLException;
    }

    /** The scope and the filters every query of a bank carries; null when the caller may see nothing. */
    private Query where(CallerIdentity caller, Filter filter, String role) {
        Query query = new Query();
        if (filter.school() != null) {
            // 404 for a school the caller may not read, as everywhere else
            query.sql.append(" and p.school_code = :school");
            query.params.put("school", schools.readable(caller, filter.school()).getCode());
        } else if (caller.isCoordinator() && caller.municipality() != null) {
            query.sql.append(" and s.municipality_code = :municipality");
            query.params.put("municipality", caller.municipality());
        } else if (caller.isSchoolAdminOnly() && caller.schoolCode() != null) {
            query.sql.append(" and p.school_code = :school");
            query.params.put("school", caller.schoolCode());
        } else {
            return null;
        }
        if (filter.role() != null) {
            query.sql.append(" and p.kind = :role");
            query.params.put("role", filter.role().name());
        }
        if (filter.youngSpecialist() != null) {
            query.sql.append(" and p.young_specialist = :young");
            query.params.put("young", filter.youngSpecialist());
        }
        if (filter.status() != null) {
            query.sql.append(filter.status() == BankStatus.IN_PAIR ? " and exists" : " and not exists")
                    .append(" (select 1 from pair_member m join mentoring_pair mp on mp.id = m.pair_id")
                    .append(" where m.participant_id = p.id and m.role = '").append(role).append("' and mp.status in (")
                    .append(ACTIVE).append("))");
        }
        if (filter.q() != null) {
            String words = nameQuery(filter.q());
            if (words == null) {
                return null; // nothing but punctuation: no name has it
            }
            query.sql.append(" and p.name_search @@ to_tsquery('simple', :q)");
            query.params.put("q", words);
        }
        if (filter.subject() != null) {
            query.params.put("subject", filter.subject().toLowerCase());
            query.params.put("subjectLike", "%" + like(filter.subject()) + "%");
        }
        return query;
    }

    /**
     * The total of a search. Counting a bank of tens of thousands costs more than reading its page,
     * and a coordinator pages through the same search, so totals are kept under the bank's version
     * (changelog 20261123-07): the version is read first, and a total is reused only while no change
     * has been committed since. The key holds the scope (school or municipality) and every filter.
     */
    private long count(Query query, String bank) {
        long version = jdbc.sql("select version from bank_version where id = 1").query(Long.class).single();
        String key = bank + query.sql + query.params;
        CachedTotal cached = totals.get(key);
        if (cached != null && cached.version() == version) {
            return cached.total();
        }
        JdbcClient.StatementSpec spec = jdbc.sql("select count(*) from participant p join school s on s.code = p.school_code where "
                + bank + query.sql);
        long total = bind(spec, query).query(Long.class).single();
        if (totals.size() >= MAX_CACHED_TOTALS) {
            totals.clear();
        }
        totals.put(key, new CachedTotal(version, total));
        return total;
    }

    private record CachedTotal(long version, long total) {
    }

    /**
     * One page in name order. Usually the bank's name-order index is walked and the walk stops at the
     * page's last row. A name search that matches few people (the total is known by now) reads them
     * from the name index first and sorts only them: walking in name order towards a name late in the
     * alphabet passed over most of the bank (14,000 rows, 7 ms, for "нов" among 25,000 mentees), and
     * PostgreSQL cannot tell how many names begin with the words, so the plan is fixed here.
     */
    private <T> List<T> page(Query query, String bank, String role, long total, int page, int size, Row<T> row) {
        String columns = """
                select p.id, p.school_code, s.short_name, p.external_key, p.kind, p.last_name, p.first_name, p.middle_name,
                       p.subjects, p.experience_years, p.qualification_category, p.young_specialist, p.grade,
                       exists (select 1 from consent c where c.participant_id = p.id and c.withdrawn_on is null) as consent,
                       (select count(*) from pair_member m join mentoring_pair mp on mp.id = m.pair_id
                         where m.participant_id = p.id and m.role = '%s' and mp.status in (%s)) as active_pairs
                """.formatted(role, ACTIVE);
        if (query.params.containsKey("q")) {
            // planned for its words: in a prepared statement's generic plan to_tsquery(:q) cannot be
            // folded to a constant and was evaluated for every row (a name search cost 5-7 ms instead of 1-2)
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        }
        String sql = query.params.containsKey("q") && total <= FEW_NAMES
                ? """
                with matched as materialized (
                    select p.id, p.last_name, p.first_name from participant p join school s on s.code = p.school_code
                    where %s%s),
                chosen as materialized (
                    select id, last_name, first_name from matched order by last_name, first_name, id limit :limit offset :offset)
                %s
                from chosen join participant p on p.id = chosen.id join school s on s.code = p.school_code
                order by chosen.last_name, chosen.first_name, chosen.id""".formatted(bank, query.sql, columns)
                : """
                %s
                from participant p join school s on s.code = p.school_code
                where %s%s
                order by p.last_name, p.first_name, p.id
                limit :limit offset :offset""".formatted(columns, bank, query.sql);
        return bind(jdbc.sql(sql), query).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> row.map(rs, rs.getInt("active_pairs"))).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Query query) {
        for (Map.Entry<String, Object> e : query.params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec;
    }

    private static BankStatus status(int activePairs) {
        return activePairs > 0 ? BankStatus.IN_PAIR : BankStatus.FREE;
    }

    /**
     * The name search as a full-text query: every word typed must begin a word of the full name, in
     * any order, case-insensitive, ё read as е (changelog 20261124-01). Only letters and digits get
     * through, so nothing the caller types is read as query syntax; null when nothing is left.
     */
    static String nameQuery(String q) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_A_LETTER.split(q.toLowerCase(Locale.ROOT).replace('ё', 'е'))) {
            if (!word.isEmpty()) {
                words.add(word + ":*");
            }
        }
        return words.isEmpty() ? null : String.join(" & ", words);
    }

    /** Lower case, with LIKE's wildcards taken literally. */
    private static String like(String s) {
        return s.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
