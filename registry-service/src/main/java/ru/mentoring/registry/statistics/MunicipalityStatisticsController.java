package ru.mentoring.registry.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
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
import ru.mentoring.registry.statistics.StatisticsController.SchoolCounts;
import ru.mentoring.registry.school.School;
import ru.mentoring.registry.school.SchoolService;

/**
 * The municipality's totals for the department's dashboard: pairs by form and by stage, participants
 * by category, the sizes of the two banks. Counts only; a department viewer gets no count of 1–4
 * ({@link SmallCells}), each breakdown hidden as a line whose total is shown beside it.
 */
@RestController
@RequestMapping("/api/registry/statistics")
class MunicipalityStatisticsController {

    /**
     * @param participantsByKind the municipality's people by category (every category, zero included)
     * @param activePairsByForm  active pairs by form of mentoring (a cross-school pair once)
     * @param activePairsByStage active pairs by their stage (every stage of {@link PairStatus#ACTIVE})
     * @param mentorBank         people in the bank of mentors
     * @param menteeBank         people in the bank of mentees
     * @param suppressedFigures  which figures are null for this reader: {@code participantsByKind.PARENT}, {@code mentorBank}, ...
     */
    public record MunicipalityCounts(Map<ParticipantKind, Long> participantsByKind, Long participants,
            Map<MentoringForm, Long> activePairsByForm, Map<PairStatus, Long> activePairsByStage, Long activePairs,
            Long mentorBank, Long menteeBank, List<String> suppressedFigures) {
    }

    private final SchoolService schools;
    private final JdbcClient jdbc;
    private final SmallCells smallCells;

    MunicipalityStatisticsController(SchoolService schools, JdbcClient jdbc, SmallCells smallCells) {
        this.schools = schools;
        this.jdbc = jdbc;
        this.smallCells = smallCells;
    }

    @GetMapping("/municipality")
    @PreAuthorize("hasAnyRole('coordinator','department-viewer')")
    @Transactional(readOnly = true)
    MunicipalityCounts municipality() {
        CallerIdentity caller = CurrentCaller.get();
        List<String> codes = schools.visibleTo(caller).stream().map(School::getCode).toList();
        Map<ParticipantKind, Long> kinds = StatisticsController.zeroes(ParticipantKind.class);
        Map<MentoringForm, Long> forms = StatisticsController.zeroes(MentoringForm.class);
        Map<PairStatus, Long> stages = new EnumMap<>(PairStatus.class);
        PairStatus.ACTIVE.forEach(s -> stages.put(s, 0L));
        long[] banks = new long[2];
        if (!codes.isEmpty()) {
            List<String> active = PairStatus.ACTIVE.stream().map(Enum::name).toList();
            jdbc.sql("select kind, count(*) from participant where school_code in (:codes) group by kind")
                    .param("codes", codes)
                    .query((rs, i) -> kinds.put(ParticipantKind.valueOf(rs.getString(1)), rs.getLong(2))).list();
            jdbc.sql("""
                            select count(*) filter (where mentor_bank), count(*) filter (where mentee_bank)
                            from participant where school_code in (:codes)""")
                    .param("codes", codes)
                    .query((rs, i) -> {
                        banks[0] = rs.getLong(1);
                        banks[1] = rs.getLong(2);
                        return null;
                    }).list();
            // a pair whose members are of two schools of the municipality is one pair here
            jdbc.sql("""
                            select p.form, p.status, count(*) from mentoring_pair p
                            where p.status in (:active)
                              and exists (select 1 from pair_member m where m.pair_id = p.id and m.school_code in (:codes))
                            group by p.form, p.status""")
                    .param("active", active).param("codes", codes)
                    .query((rs, i) -> {
                        forms.merge(MentoringForm.valueOf(rs.getString(1)), rs.getLong(3), Long::sum);
                        stages.merge(PairStatus.valueOf(rs.getString(2)), rs.getLong(3), Long::sum);
                        return null;
                    }).list();
        }
        long people = kinds.values().stream().mapToLong(Long::longValue).sum();
        long pairs = forms.values().stream().mapToLong(Long::longValue).sum();
        if (!smallCells.hidesFrom(caller)) {
            return new MunicipalityCounts(kinds, people, forms, stages, pairs, banks[0], banks[1], List.of());
        }
        List<String> hidden = new ArrayList<>();
        return new MunicipalityCounts(SchoolCounts.line("participantsByKind", kinds, ParticipantKind.class, smallCells, hidden),
                single("participants", people, smallCells, hidden),
                SchoolCounts.line("activePairsByForm", forms, MentoringForm.class, smallCells, hidden),
                SchoolCounts.line("activePairsByStage", stages, PairStatus.class, smallCells, hidden),
                single("activePairs", pairs, smallCells, hidden), single("mentorBank", banks[0], smallCells, hidden),
                single("menteeBank", banks[1], smallCells, hidden), List.copyOf(hidden));
    }

    private static Long single(String name, long n, SmallCells rule, List<String> hidden) {
        if (rule.isSmall(n)) {
            hidden.add(name);
            return null;
        }
        return n;
    }
}
