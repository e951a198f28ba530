package ru.mentoring.registry.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.registry.pair.InteractionModel;
import ru.mentoring.registry.pair.MentoringForm;
import ru.mentoring.registry.participant.ParticipantKind;

/**
 * For the monitoring service's information note (its service token only): the pairs that ran in a
 * period (a programme year), not only those active today, by form and interaction model, and their
 * people by form, role and category, for one school or the schools of one municipality. Counts
 * only, exact: the monitoring service applies its reader's small-cell rule itself, since it knows
 * who reads the note.
 */
@RestController
@RequestMapping("/api/registry/statistics")
class PeriodStatisticsController {

    /** @param pairs pairs of the form and model with a member of the scope (a cross-school pair once) */
    public record ModelLine(MentoringForm form, String formLabel, InteractionModel interactionModel,
            String interactionModelLabel, long pairs) {
    }

    /**
     * @param form   the form, or null for a line over every form (a person of two forms counted once)
     * @param role   MENTOR or MENTEE
     * @param people distinct people of the scope's schools in that role and category
     */
    public record PeopleLine(MentoringForm form, String role, ParticipantKind kind, String kindLabel, long people) {
    }

    public record PeriodCounts(LocalDate from, LocalDate to, long pairs, List<ModelLine> models, List<PeopleLine> people) {
    }

    private static final String IN_PERIOD = """
            p.start_date <= :to and coalesce(p.ended_on, p.end_date) >= :from
              and exists (select 1 from pair_member s join school sc on sc.code = s.school_code
                          where s.pair_id = p.id and %s)""";

    private final JdbcClient jdbc;

    PeriodStatisticsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/in-period")
    @PreAuthorize("hasRole('internal-service')")
    @Transactional(readOnly = true)
    PeriodCounts inPeriod(@RequestParam(required = false) String municipalityCode,
            @RequestParam(required = false) String schoolCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        boolean school = schoolCode != null && !schoolCode.isBlank();
        if (school == (municipalityCode != null && !municipalityCode.isBlank())) {
            throw new DomainRuleException(400, "Укажите школу или муниципалитет",
                    List.of(new DomainRuleException.Violation("schoolCode", "Укажите либо школу, либо муниципалитет")));
        }
        String where = school ? "s.school_code = :scope" : "sc.municipality_code = :scope";
        String scope = (school ? schoolCode : municipalityCode).strip();
        String member = school ? "m.school_code = :scope"
                : "m.school_code in (select code from school where municipality_code = :scope)";
        String inPeriod = IN_PERIOD.formatted(where);
        List<ModelLine> models = jdbc.sql("select p.form, p.interaction_model, count(*) from mentoring_pair p where " + inPeriod
                        + " group by p.form, p.interaction_model")
                .param("scope", scope).param("from", from).param("to", to)
                .query((rs, i) -> {
                    MentoringForm form = MentoringForm.valueOf(rs.getString(1));
                    InteractionModel model = InteractionModel.valueOf(rs.getString(2));
                    return new ModelLine(form, form.label(), model, model.label(), rs.getLong(3));
                }).list().stream()
                .sorted((a, b) -> a.form() != b.form() ? a.form().compareTo(b.form()) : a.interactionModel().compareTo(b.interactionModel()))
                .toList();
        List<PeopleLine> people = new ArrayList<>();
        // per form, then over every form: the scope's own members only (a cross-school pair's others are another school's)
        for (String grouping : List.of("p.form", "null")) {
            people.addAll(jdbc.sql("select " + grouping + ", m.role, pt.kind, count(distinct m.participant_id)"
                            + " from mentoring_pair p join pair_member m on m.pair_id = p.id"
                            + " join participant pt on pt.id = m.participant_id"
                            + " where " + member + " and " + inPeriod
                            + " group by " + ("null".equals(grouping) ? "" : grouping + ", ") + "m.role, pt.kind")
                    .param("scope", scope).param("from", from).param("to", to)
                    .query((rs, i) -> {
                        ParticipantKind kind = ParticipantKind.valueOf(rs.getString(3));
                        return new PeopleLine(rs.getString(1) == null ? null : MentoringForm.valueOf(rs.getString(1)),
                                rs.getString(2), kind, kind.label(), rs.getLong(4));
                    }).list());
        }
        long pairs = models.stream().mapToLong(ModelLine::pairs).sum();
        return new PeriodCounts(from, to, pairs, models, List.copyOf(people));
    }
}
