package ru.mentoring.registry.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.privacy.SmallCells;
import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.registry.pair.MentoringForm;
import ru.mentoring.registry.pair.PairStatus;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.participant.ParticipantRepository;
import ru.mentoring.registry.school.School;
import ru.mentoring.registry.school.SchoolService;

/**
 * Counts per school, never names: what a department viewer may read. A department viewer gets no
 * count of 1–4 ({@link SmallCells}): such a figure is null and named in {@code suppressedFigures}.
 */
@RestController
@RequestMapping("/api/registry/statistics")
class StatisticsController {

    /**
     * @param participants      people of the school by kind
     * @param mentors           the school's people who mentor in an active pair
     * @param mentees           the school's people who are mentees in an active pair
     * @param activePairs       active pairs with at least one of the school's people (a cross-school
     *                          pair counts for each of its schools)
     * @param activePairsByForm the same, by form of mentoring
     * @param mentorsByKind     {@code mentors} by the person's category (every category, zero included)
     * @param menteesByKind     {@code mentees} by the person's category (every category, zero included)
     * @param suppressed        some figure of the line is hidden from the reader (a department viewer): null
     * @param suppressedFigures which: {@code mentors}, {@code mentorsByKind.TEACHER}, {@code activePairsByForm.TEACHER_STUDENT}, ...
     */
    public record SchoolCounts(String schoolCode, String shortName, Map<ParticipantKind, Long> participants, Long mentors,
            Long mentees, Long activePairs, Map<MentoringForm, Long> activePairsByForm, Map<ParticipantKind, Long> mentorsByKind,
            Map<ParticipantKind, Long> menteesByKind, boolean suppressed, List<String> suppressedFigures) {

        /**
         * The line as a reader without exact figures sees it: every count of 1–4 people (or pairs) hidden;
         * {@code mentors}, {@code mentees} and {@code activePairs} are the totals of their breakdowns, so a
         * lone hidden cell of a breakdown takes its complement with it.
         */
        SchoolCounts hidingSmallCells(SmallCells rule) {
            List<String> hidden = new ArrayList<>();
            Map<ParticipantKind, Long> people = new EnumMap<>(ParticipantKind.class);
            participants.forEach((kind, n) -> {
                people.put(kind, rule.isSmall(n) ? null : n);
                if (rule.isSmall(n)) {
                    hidden.add("participants." + kind.name());
                }
            });
            Map<ParticipantKind, Long> mentorKinds = line("mentorsByKind", mentorsByKind, ParticipantKind.class, rule, hidden);
            Map<ParticipantKind, Long> menteeKinds = line("menteesByKind", menteesByKind, ParticipantKind.class, rule, hidden);
            Map<MentoringForm, Long> forms = line("activePairsByForm", activePairsByForm, MentoringForm.class, rule, hidden);
            return new SchoolCounts(schoolCode, shortName, people, total("mentors", mentors, rule, hidden),
                    total("mentees", mentees, rule, hidden), total("activePairs", activePairs, rule, hidden), forms,
                    mentorKinds, menteeKinds, !hidden.isEmpty(), List.copyOf(hidden));
        }

        private static Long total(String name, Long n, SmallCells rule, List<String> hidden) {
            if (rule.isSmall(n)) {
                hidden.add(name);
                return null;
            }
            return n;
        }

        static <E extends Enum<E>> Map<E, Long> line(String name, Map<E, Long> cells, Class<E> type, SmallCells rule,
                List<String> hidden) {
            List<E> keys = new ArrayList<>(cells.keySet());
            boolean[] hide = rule.hideInLine(keys.stream().mapToLong(cells::get).toArray());
            Map<E, Long> shown = new EnumMap<>(type);
            for (int i = 0; i < keys.size(); i++) {
                shown.put(keys.get(i), hide[i] ? null : cells.get(keys.get(i)));
                if (hide[i]) {
                    hidden.add(name + "." + keys.get(i).name());
                }
            }
            return shown;
        }
    }

    private final SchoolService schools;
    private final ParticipantRepository participants;
    private final JdbcClient jdbc;
    private final SmallCells smallCells;

    StatisticsController(SchoolService schools, ParticipantRepository participants, JdbcClient jdbc,
            SmallCells smallCells) {
        this.schools = schools;
        this.participants = participants;
        this.jdbc = jdbc;
        this.smallCells = smallCells;
    }

    @GetMapping("/schools")
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer','internal-service')")
    @Transactional(readOnly = true)
    List<SchoolCounts> perSchool() {
        CallerIdentity caller = CurrentCaller.get();
        List<School> visible = schools.visibleTo(caller);
        Map<String, Map<ParticipantKind, Long>> counts = new LinkedHashMap<>();
        Map<String, long[]> roles = new LinkedHashMap<>();
        Map<String, Map<MentoringForm, Long>> byForm = new LinkedHashMap<>();
        Map<String, Long> pairs = new LinkedHashMap<>();
        Map<String, Map<ParticipantKind, Long>> mentorsByKind = new LinkedHashMap<>();
        Map<String, Map<ParticipantKind, Long>> menteesByKind = new LinkedHashMap<>();
        visible.forEach(s -> {
            mentorsByKind.put(s.getCode(), zeroes(ParticipantKind.class));
            menteesByKind.put(s.getCode(), zeroes(ParticipantKind.class));
            counts.put(s.getCode(), zeroes(ParticipantKind.class));
            roles.put(s.getCode(), new long[2]);
            byForm.put(s.getCode(), zeroes(MentoringForm.class));
        });
        if (!visible.isEmpty()) {
            List<String> codes = visible.stream().map(School::getCode).toList();
            List<String> active = PairStatus.ACTIVE.stream().map(Enum::name).toList();
            participants.countBySchoolAndKind(codes)
                    .forEach(c -> counts.get(c.getSchoolCode()).put(c.getKind(), c.getTotal()));
            jdbc.sql("""
                            select m.school_code, m.role, count(distinct m.participant_id) as n
                            from pair_member m join mentoring_pair p on p.id = m.pair_id
                            where p.status in (:active) and m.school_code in (:codes)
                            group by m.school_code, m.role""")
                    .param("active", active).param("codes", codes)
                    .query((rs, i) -> {
                        roles.get(rs.getString(1))["MENTOR".equals(rs.getString(2)) ? 0 : 1] = rs.getLong(3);
                        return null;
                    }).list();
            jdbc.sql("""
                            select m.school_code, m.role, pt.kind, count(distinct m.participant_id) as n
                            from pair_member m join mentoring_pair p on p.id = m.pair_id
                              join participant pt on pt.id = m.participant_id
                            where p.status in (:active) and m.school_code in (:codes)
                            group by m.school_code, m.role, pt.kind""")
                    .param("active", active).param("codes", codes)
                    .query((rs, i) -> {
                        Map<String, Map<ParticipantKind, Long>> target = "MENTOR".equals(rs.getString(2)) ? mentorsByKind : menteesByKind;
                        target.get(rs.getString(1)).put(ParticipantKind.valueOf(rs.getString(3)), rs.getLong(4));
                        return null;
                    }).list();
            jdbc.sql("""
                            select m.school_code, p.form, count(distinct p.id) as n
                            from pair_member m join mentoring_pair p on p.id = m.pair_id
                            where p.status in (:active) and m.school_code in (:codes)
                            group by m.school_code, p.form""")
                    .param("active", active).param("codes", codes)
                    .query((rs, i) -> {
                        byForm.get(rs.getString(1)).put(MentoringForm.valueOf(rs.getString(2)), rs.getLong(3));
                        return null;
                    }).list();
            jdbc.sql("""
                            select m.school_code, count(distinct p.id) as n
                            from pair_member m join mentoring_pair p on p.id = m.pair_id
                            where p.status in (:active) and m.school_code in (:codes)
                            group by m.school_code""")
                    .param("active", active).param("codes", codes)
                    .query((rs, i) -> pairs.put(rs.getString(1), rs.getLong(2))).list();
        }
        boolean hide = smallCells.hidesFrom(caller);
        return visible.stream().map(s -> new SchoolCounts(s.getCode(), s.getShortName(), counts.get(s.getCode()),
                roles.get(s.getCode())[0], roles.get(s.getCode())[1], pairs.getOrDefault(s.getCode(), 0L),
                byForm.get(s.getCode()), mentorsByKind.get(s.getCode()), menteesByKind.get(s.getCode()), false, List.of()))
                .map(c -> hide ? c.hidingSmallCells(smallCells) : c).toList();
    }

    static <E extends Enum<E>> Map<E, Long> zeroes(Class<E> type) {
        Map<E, Long> m = new EnumMap<>(type);
        for (E k : type.getEnumConstants()) {
            m.put(k, 0L);
        }
        return m;
    }
}
