package ru.mentoring.monitoring.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.access.SqlScope;
import ru.mentoring.monitoring.assessment.AssessmentViews.Assessment;
import ru.mentoring.monitoring.assessment.AssessmentViews.Breakdown;
import ru.mentoring.monitoring.assessment.AssessmentViews.Characteristic;
import ru.mentoring.monitoring.assessment.AssessmentViews.RoleTable;
import ru.mentoring.monitoring.kept.KeptAggregates;
import ru.mentoring.monitoring.questionnaire.QuestionnaireService;
import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.questionnaire.Stage;
import ru.mentoring.monitoring.questionnaire.TemplateSummary;
import ru.mentoring.monitoring.questionnaire.TemplateView;
import ru.mentoring.monitoring.round.MentoringForm;
import ru.mentoring.monitoring.stats.Percent;
import ru.mentoring.platform.privacy.SmallCells;

/**
 * The personal assessment of seed 004 (appendix 2), aggregated in PostgreSQL. A respondent is a
 * person (registry participant) who answered an after form in the programme year, counted once
 * per role: when someone answered twice (two rounds), their latest answers count.
 *
 * <p>Plain SQL does not pass Hibernate's tenant filter: every query is confined by
 * {@link SqlScope} to the caller's {@link Scope}.
 */
@Service
public class AssessmentService {

    public static final String JOINT_WORK_ITEM = "joint_work_satisfaction";
    public static final String RESULT_ITEM = "expectations_met";
    /** The model line of respondents of rounds listed by hand: the round did not say their pair. */
    static final String UNKNOWN_MODEL = "модель не указана";

    private final JdbcClient jdbc;
    private final QuestionnaireService questionnaires;
    private final AssessmentProperties properties;
    private final KeptAggregates kept;

    AssessmentService(JdbcClient jdbc, QuestionnaireService questionnaires, AssessmentProperties properties,
            KeptAggregates kept) {
        this.jdbc = jdbc;
        this.kept = kept;
        this.questionnaires = questionnaires;
        this.properties = properties;
    }

    /**
     * The exact assessment. Its two parts, the satisfaction counts and the characteristics, are each
     * kept for a municipality while the year's submissions stay the same ({@link KeptAggregates}).
     */
    @Transactional(readOnly = true)
    public Assessment assess(Scope scope, int programmeYear, RespondentRole role, MentoringForm form) {
        return assessment(scope, programmeYear, role, form, true);
    }

    /**
     * The assessment's satisfaction counts only (respondents, satisfied with the joint work and
     * with the result, by school, form and model), no characteristic counted: what the programme
     * targets rest on, at about half the cost of the whole.
     */
    @Transactional(readOnly = true)
    public Assessment satisfaction(Scope scope, int programmeYear) {
        return assessment(scope, programmeYear, null, null, false);
    }

    private Assessment assessment(Scope scope, int programmeYear, RespondentRole role, MentoringForm form,
            boolean characteristics) {
        List<Counts> counts = kept.get("assessment-counts", scope, programmeYear,
                () -> counts(scope, programmeYear, role, form), role, form,
                properties.jointWorkThreshold(), properties.resultThreshold());
        Map<RespondentRole, Map<String, long[]>> marked = characteristics
                ? kept.get("assessment-characteristics", scope, programmeYear, () -> marked(scope, programmeYear, role, form),
                        role, form)
                : Map.of();
        List<RoleTable> tables = new ArrayList<>();
        for (RespondentRole r : role == null ? List.of(RespondentRole.MENTEE, RespondentRole.MENTOR) : List.of(role)) {
            List<Counts> ofRole = counts.stream().filter(c -> c.role() == r).toList();
            tables.add(table(r, ofRole, marked.getOrDefault(r, Map.of())));
        }
        return new Assessment(programmeYear, scope.municipalityCode(), scope.schoolCode(), form,
                properties.jointWorkThreshold(), properties.resultThreshold(), tables);
    }

    private List<Counts> counts(Scope scope, int programmeYear, RespondentRole role, MentoringForm form) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String latest = latestAfterSubmissions(scope, programmeYear, role, form, params);
        params.addValue("jointItem", JOINT_WORK_ITEM).addValue("resultItem", RESULT_ITEM)
                .addValue("jointFrom", properties.jointWorkThreshold()).addValue("resultFrom", properties.resultThreshold());
        return jdbc.sql(latest + """
                select l.role, l.school_code, l.form, l.model, count(*) as respondents,
                       count(*) filter (where jw.scale_value >= :jointFrom) as joint,
                       count(*) filter (where em.scale_value >= :resultFrom) as result
                from latest l
                left join answer_value jw on jw.submission_id = l.submission_id and jw.item_key = :jointItem
                left join answer_value em on em.submission_id = l.submission_id and em.item_key = :resultItem
                group by l.role, l.school_code, l.form, l.model""").paramSource(params).query((rs, i) -> new Counts(
                RespondentRole.valueOf(rs.getString("role")), rs.getString("school_code"),
                rs.getString("form") == null ? null : MentoringForm.valueOf(rs.getString("form")), rs.getString("model"),
                rs.getLong("respondents"), rs.getLong("joint"), rs.getLong("result"))).list();
    }

    /**
     * Per role and characteristic, the people whose form version asked it (MENTOR_AFTER v1 never asked
     * about the mentors' training) and those who marked it: the share is over those asked, not over everyone.
     */
    private Map<RespondentRole, Map<String, long[]>> marked(Scope scope, int programmeYear, RespondentRole role,
            MentoringForm form) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String latest = latestAfterSubmissions(scope, programmeYear, role, form, params);
        Map<RespondentRole, Map<String, long[]>> marked = new LinkedHashMap<>();
        jdbc.sql(latest + """
                select l.role, i.item_key, count(*) as asked, count(a.submission_id) as marked
                from latest l
                join questionnaire_item i on i.template_id = l.template_id and i.characteristic is not null
                left join answer_value a on a.submission_id = l.submission_id and a.item_key = i.item_key and a.yes_no
                group by l.role, i.item_key""").paramSource(params).query(rs -> {
            marked.computeIfAbsent(RespondentRole.valueOf(rs.getString("role")), r -> new LinkedHashMap<>())
                    .put(rs.getString("item_key"), new long[] {rs.getLong("asked"), rs.getLong("marked")});
        });
        return marked;
    }

    /**
     * The assessment as this reader may see it (small cells and their complements hidden from a
     * department viewer). A narrowed read, one school or one form, is a line of the wider read's
     * breakdown: where that line is hidden (small, or the complement of a small one) the narrowed
     * table is hidden whole, else the wider total minus the narrowed one would tell the hidden line.
     */
    @Transactional(readOnly = true)
    public Assessment assess(Scope scope, int programmeYear, RespondentRole role, MentoringForm form,
            SmallCells.Reader reader) {
        Assessment shown = assess(scope, programmeYear, role, form).shownTo(reader);
        if (!reader.hidesSmallCells() || (!scope.isSchool() && form == null)) {
            return shown;
        }
        Set<RespondentRole> hidden = EnumSet.noneOf(RespondentRole.class);
        if (scope.isSchool() && scope.municipalityCode() != null) {
            assess(new Scope(scope.municipalityCode(), null), programmeYear, role, form, reader).tables()
                    .forEach(t -> hiddenLine(t.role(), t.bySchool(), scope.schoolCode(), hidden));
        }
        if (form != null) {
            assess(scope, programmeYear, role, null, reader).tables()
                    .forEach(t -> hiddenLine(t.role(), t.byForm(), form.name(), hidden));
        }
        return shown.withTablesHidden(hidden);
    }

    private static void hiddenLine(RespondentRole role, List<Breakdown> lines, String key, Set<RespondentRole> hidden) {
        if (lines.stream().anyMatch(b -> key.equals(b.key()) && b.suppressed())) {
            hidden.add(role);
        }
    }

    /**
     * {@code with latest as (...)}: one after-form submission per person and role (the latest),
     * within the scope, year and filters.
     */
    static String latestAfterSubmissions(Scope scope, int programmeYear, RespondentRole role, MentoringForm form,
            MapSqlParameterSource params) {
        params.addValue("year", programmeYear).addValue("afterStage", Stage.AFTER.name());
        StringBuilder sql = new StringBuilder("""
                with latest as (
                  select distinct on (rr.participant_id, rr.role)
                         s.id as submission_id, s.template_id, r.school_code, coalesce(rr.form, r.form) as form,
                         rr.interaction_model_label as model, rr.role
                  from questionnaire_submission s
                  join round_respondent rr on rr.id = s.respondent_id
                  join questionnaire_round r on r.id = s.round_id
                  join questionnaire_template t on t.id = s.template_id
                  where t.stage = :afterStage and r.programme_year = :year""");
        sql.append(SqlScope.on("r", scope, params));
        if (role != null) {
            sql.append(" and rr.role = :role");
            params.addValue("role", role.name());
        }
        if (form != null) {
            // the respondent's own pair's form (rounds from pairs), else the round's
            sql.append(" and coalesce(rr.form, r.form) = :form");
            params.addValue("form", form.name());
        }
        sql.append("\n  order by rr.participant_id, rr.role, s.submitted_at desc, s.id\n)\n");
        return sql.toString();
    }

    private RoleTable table(RespondentRole role, List<Counts> counts, Map<String, long[]> marked) {
        long respondents = counts.stream().mapToLong(Counts::respondents).sum();
        long joint = counts.stream().mapToLong(Counts::joint).sum();
        long result = counts.stream().mapToLong(Counts::result).sum();

        List<Characteristic> characteristics = new ArrayList<>();
        TemplateView after = afterTemplate(role);
        if (after != null) {
            after.items().stream().filter(i -> i.characteristic() != null)
                    .forEach(i -> characteristics.add(characteristic(i.key(), i.characteristic(), marked.get(i.key()))));
        }
        // an item of an older template version that the latest no longer has still shows its count
        marked.forEach((key, n) -> {
            if (characteristics.stream().noneMatch(c -> c.itemKey().equals(key))) {
                characteristics.add(characteristic(key, key, n));
            }
        });

        Map<String, long[]> bySchool = new TreeMap<>();
        Map<MentoringForm, long[]> byForm = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<String, long[]> byModel = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Counts c : counts) {
            add(bySchool.computeIfAbsent(c.school(), k -> new long[3]), c);
            add(byForm.computeIfAbsent(c.form(), k -> new long[3]), c);
            add(byModel.computeIfAbsent(c.model(), k -> new long[3]), c);
        }
        List<Breakdown> schools = bySchool.entrySet().stream()
                .map(e -> breakdown(e.getKey(), e.getKey(), e.getValue())).toList();
        List<Breakdown> forms = byForm.entrySet().stream()
                .map(e -> breakdown(e.getKey() == null ? null : e.getKey().name(), MentoringForm.labelOf(e.getKey()),
                        e.getValue()))
                .toList();
        List<Breakdown> models = byModel.entrySet().stream()
                .map(e -> breakdown(e.getKey(), e.getKey() == null ? UNKNOWN_MODEL : e.getKey(), e.getValue())).toList();
        return new RoleTable(role, title(role), respondents, joint, Percent.of(joint, respondents), result,
                Percent.of(result, respondents), characteristics, schools, forms, models, false);
    }

    static String title(RespondentRole role) {
        return role == RespondentRole.MENTEE ? "Личностная оценка наставляемых" : "Личностная оценка наставников";
    }

    private TemplateView afterTemplate(RespondentRole role) {
        return questionnaires.latestVersions().stream()
                .filter(t -> t.respondentRole() == role && t.stage() == Stage.AFTER)
                .map(TemplateSummary::code).filter(Objects::nonNull).findFirst()
                .map(questionnaires::latest).orElse(null);
    }

    /** @param askedAndMarked people asked the item, people who marked it; null when nobody was asked */
    private static Characteristic characteristic(String key, String text, long[] askedAndMarked) {
        long asked = askedAndMarked == null ? 0 : askedAndMarked[0];
        long n = askedAndMarked == null ? 0 : askedAndMarked[1];
        return new Characteristic(key, text, asked, n, Percent.of(n, asked), false);
    }

    private static void add(long[] sums, Counts c) {
        sums[0] += c.respondents();
        sums[1] += c.joint();
        sums[2] += c.result();
    }

    private static Breakdown breakdown(String key, String label, long[] s) {
        return new Breakdown(key, label, s[0], s[1], Percent.of(s[1], s[0]), s[2], Percent.of(s[2], s[0]), false);
    }

    private record Counts(RespondentRole role, String school, MentoringForm form, String model, long respondents, long joint,
            long result) {
    }
}
