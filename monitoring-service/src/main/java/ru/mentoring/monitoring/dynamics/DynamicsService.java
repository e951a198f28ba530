package ru.mentoring.monitoring.dynamics;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.access.SqlScope;
import ru.mentoring.monitoring.dynamics.DynamicsViews.Dynamics;
import ru.mentoring.monitoring.dynamics.DynamicsViews.RoleDynamics;
import ru.mentoring.monitoring.kept.KeptAggregates;
import ru.mentoring.monitoring.questionnaire.ItemType;
import ru.mentoring.monitoring.questionnaire.QuestionnaireService;
import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.questionnaire.Stage;
import ru.mentoring.monitoring.questionnaire.TemplateView;
import ru.mentoring.monitoring.round.MentoringForm;
import ru.mentoring.monitoring.stats.PairedChange;
import ru.mentoring.platform.privacy.SmallCells;

/**
 * Dynamics before/after (seed 004: «все зависимые от воздействия программы параметры фиксируются
 * дважды»). A pair is one person (registry participant) who answered the before and the after form
 * of the same role in the same programme year, within the caller's scope; when they answered a
 * stage twice, the latest counts. Scale items are matched by the after item's {@code pairedItemKey};
 * {@link BeforeAfterTable} tests the pairs that measure the same thing and shows importance items as context.
 *
 * <p>PostgreSQL counts people per (item, score before, score after), at most 100 rows per item, so
 * the test runs on any number of people without moving their rows.
 */
@Service
public class DynamicsService {

    private final JdbcClient jdbc;
    private final QuestionnaireService questionnaires;
    private final KeptAggregates kept;

    DynamicsService(JdbcClient jdbc, QuestionnaireService questionnaires, KeptAggregates kept) {
        this.jdbc = jdbc;
        this.kept = kept;
        this.questionnaires = questionnaires;
    }

    /**
     * The dynamics as this reader may see them (no table or item over 1–4 people for a department
     * viewer). A narrowed read, one school or one form, is one line of an unshown breakdown of the
     * wider read's people: where that line is small or the complement of a small one, the narrowed
     * table is hidden whole, else the wider count minus the others would tell it.
     */
    @Transactional(readOnly = true)
    public Dynamics dynamics(Scope scope, int programmeYear, RespondentRole role, MentoringForm form,
            SmallCells.Reader reader) {
        Dynamics shown = dynamics(scope, programmeYear, role, form).shownTo(reader);
        if (!reader.hidesSmallCells() || (!scope.isSchool() && form == null)) {
            return shown;
        }
        Set<RespondentRole> hidden = EnumSet.noneOf(RespondentRole.class);
        if (scope.isSchool() && scope.municipalityCode() != null) {
            hiddenLines(peopleBy("school_code", new Scope(scope.municipalityCode(), null), programmeYear, role, form),
                    scope.schoolCode(), reader, hidden);
        }
        if (form != null) {
            hiddenLines(peopleBy("form", scope, programmeYear, role, null), form.name(), reader, hidden);
            dynamics(scope, programmeYear, role, null, reader).tables().stream().filter(RoleDynamics::suppressed)
                    .forEach(t -> hidden.add(t.role()));
        }
        return shown.withTablesHidden(hidden);
    }

    private static void hiddenLines(Map<RespondentRole, Map<String, Long>> people, String key, SmallCells.Reader reader,
            Set<RespondentRole> hidden) {
        people.forEach((r, lines) -> {
            List<String> keys = new ArrayList<>(lines.keySet());
            boolean[] hide = reader.hideInLine(keys.stream().mapToLong(lines::get).toArray());
            int at = keys.indexOf(key);
            if (at >= 0 && hide[at]) {
                hidden.add(r);
            }
        });
    }

    /** People with both forms per role and per school ({@code column} school_code) or per form ({@code form}). */
    private Map<RespondentRole, Map<String, Long>> peopleBy(String column, Scope scope, int programmeYear,
            RespondentRole role, MentoringForm form) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String answered = answered(scope, programmeYear, role, params);
        String formCondition = formCondition(form, params);
        Map<RespondentRole, Map<String, Long>> people = new HashMap<>();
        jdbc.sql(answered + """
                select a.role, coalesce(a.""" + column + """
                , '-') as line, count(*) as people
                from answered a
                join answered b on b.participant_id = a.participant_id and b.role = a.role and b.stage = :before
                where a.stage = :after""" + formCondition + " group by a.role, line").paramSource(params).query(rs -> {
            people.computeIfAbsent(RespondentRole.valueOf(rs.getString("role")), r -> new TreeMap<>())
                    .put(rs.getString("line"), rs.getLong("people"));
        });
        return people;
    }

    /** {@code and a.form = :form} when a form is asked for, bound in {@code params}; else nothing. */
    private static String formCondition(MentoringForm form, MapSqlParameterSource params) {
        if (form == null) {
            return "";
        }
        params.addValue("form", form.name());
        return " and a.form = :form";
    }

    /** {@code with answered as (...)}: each person's latest submission per role and stage in the scope and year. */
    private static String answered(Scope scope, int programmeYear, RespondentRole role, MapSqlParameterSource params) {
        params.addValue("year", programmeYear)
                .addValue("before", Stage.BEFORE.name())
                .addValue("after", Stage.AFTER.name())
                .addValue("scale", ItemType.SCALE_1_10.name());
        StringBuilder answered = new StringBuilder("""
                with answered as (
                  select distinct on (rr.participant_id, rr.role, t.stage)
                         rr.participant_id, rr.role, t.stage, s.id as submission_id, s.template_id,
                         coalesce(rr.form, r.form) as form, r.school_code
                  from questionnaire_submission s
                  join round_respondent rr on rr.id = s.respondent_id
                  join questionnaire_round r on r.id = s.round_id
                  join questionnaire_template t on t.id = s.template_id
                  where r.programme_year = :year""");
        answered.append(SqlScope.on("r", scope, params));
        if (role != null) {
            answered.append(" and rr.role = :role");
            params.addValue("role", role.name());
        }
        answered.append("\n  order by rr.participant_id, rr.role, t.stage, s.submitted_at desc, s.id\n)\n");
        return answered.toString();
    }

    /** The exact dynamics; a municipality's are kept while the year's submissions stay the same ({@link KeptAggregates}). */
    @Transactional(readOnly = true)
    public Dynamics dynamics(Scope scope, int programmeYear, RespondentRole role, MentoringForm form) {
        return kept.get("dynamics", scope, programmeYear, () -> compute(scope, programmeYear, role, form),
                role, form);
    }

    private Dynamics compute(Scope scope, int programmeYear, RespondentRole role, MentoringForm form) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String answered = answered(scope, programmeYear, role, params);
        String formCondition = formCondition(form, params);

        Map<RespondentRole, Long> people = new HashMap<>();
        jdbc.sql(answered + """
                select a.role, count(*) as people
                from answered a
                join answered b on b.participant_id = a.participant_id and b.role = a.role and b.stage = :before
                where a.stage = :after""" + formCondition + " group by a.role").paramSource(params).query(rs -> {
                    people.put(RespondentRole.valueOf(rs.getString("role")), rs.getLong("people"));
                });

        Map<RespondentRole, Map<String, List<BeforeAfterTable.Count>>> scores = new HashMap<>();
        jdbc.sql(answered + """
                select a.role, i.item_key, bv.scale_value as before_value, av.scale_value as after_value, count(*) as people
                from answered a
                join answered b on b.participant_id = a.participant_id and b.role = a.role and b.stage = :before
                join questionnaire_item i on i.template_id = a.template_id and i.item_type = :scale
                                         and i.paired_item_key is not null
                join answer_value av on av.submission_id = a.submission_id and av.item_key = i.item_key
                join answer_value bv on bv.submission_id = b.submission_id and bv.item_key = i.paired_item_key
                where a.stage = :after and av.scale_value is not null and bv.scale_value is not null""" + formCondition + """

                group by a.role, i.item_key, bv.scale_value, av.scale_value""").paramSource(params).query(rs -> {
            scores.computeIfAbsent(RespondentRole.valueOf(rs.getString("role")), r -> new HashMap<>())
                    .computeIfAbsent(rs.getString("item_key"), k -> new ArrayList<>())
                    .add(new BeforeAfterTable.Count(rs.getInt("before_value"), rs.getInt("after_value"), rs.getInt("people")));
        });

        List<RoleDynamics> tables = new ArrayList<>();
        for (RespondentRole r : role == null ? List.of(RespondentRole.MENTEE, RespondentRole.MENTOR) : List.of(role)) {
            tables.add(BeforeAfterTable.table(r, title(r), people.getOrDefault(r, 0L), scores.getOrDefault(r, Map.of()),
                    template(r, Stage.AFTER).orElse(null), template(r, Stage.BEFORE).orElse(null)));
        }
        return new Dynamics(programmeYear, scope.municipalityCode(), scope.schoolCode(), form,
                PairedChange.SIGNIFICANCE_LEVEL, DynamicsViews.METHOD_NOTE, tables);
    }

    static String title(RespondentRole role) {
        return role == RespondentRole.MENTEE ? "Динамика показателей наставляемых (до и после программы)"
                : "Динамика показателей наставников (до и после программы)";
    }

    private Optional<TemplateView> template(RespondentRole role, Stage stage) {
        return questionnaires.latestVersions().stream()
                .filter(t -> t.respondentRole() == role && t.stage() == stage)
                .findFirst().map(t -> questionnaires.latest(t.code()));
    }
}
