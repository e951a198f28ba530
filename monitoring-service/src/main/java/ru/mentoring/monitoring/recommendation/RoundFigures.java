package ru.mentoring.monitoring.recommendation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.access.SqlScope;
import ru.mentoring.monitoring.assessment.AssessmentService;

/**
 * The figure a recommendation resting on a round is judged by, and the same figure of the school's
 * comparable rounds of a later year («анализ эффективности принятых мер», seed 001 9.5).
 *
 * <p>The figure is the mean answer to «Насколько Вы довольны вашей совместной работой?» (1–10) of the
 * round's respondents, each person's latest answer: it is the question the personal assessment and the
 * satisfaction targets rest on, it is asked in every after-form of both roles, and as a mean over a
 * school's few respondents it moves with each answer, where the share at or above the threshold moves
 * by whole people. A before-round does not ask it: its figure has no mean. Comparable rounds are the
 * school's rounds of the same questionnaire (template code, any version) in the later year.
 */
@Component
public class RoundFigures {

    /**
     * @param template   the questionnaire's title («Анкета наставляемого (после)»)
     * @param answered   people who answered the question
     * @param mean       their mean answer; null when nobody answered it (or the questionnaire does not ask it)
     */
    public record Figure(String schoolCode, int programmeYear, String templateCode, String template, long answered, Double mean) {
    }

    private final JdbcClient jdbc;

    RoundFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The round's figure; empty when the round is not in the scope. */
    @Transactional(readOnly = true)
    public Optional<Figure> ofRound(Scope scope, UUID roundId) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("round", roundId);
        return first(figures("r.id = :round" + SqlScope.on("r", scope, params), params));
    }

    /** The school's rounds of that questionnaire in the year, together; empty when it ran none. */
    @Transactional(readOnly = true)
    public Optional<Figure> ofSchool(Scope scope, String schoolCode, int programmeYear, String templateCode) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("school", schoolCode)
                .addValue("year", programmeYear).addValue("code", templateCode);
        return first(figures("r.school_code = :school and r.programme_year = :year and t.code = :code"
                + SqlScope.on("r", scope, params), params));
    }

    private List<Figure> figures(String where, MapSqlParameterSource params) {
        params.addValue("item", AssessmentService.JOINT_WORK_ITEM);
        return jdbc.sql("""
                with latest as (
                  select distinct on (rr.participant_id, rr.role) s.id as submission_id
                  from questionnaire_submission s
                  join round_respondent rr on rr.id = s.respondent_id
                  join questionnaire_round r on r.id = s.round_id
                  join questionnaire_template t on t.id = r.template_id
                  where %s
                  order by rr.participant_id, rr.role, s.submitted_at desc, s.id
                )
                select r.school_code, r.programme_year, t.code, min(t.title) as title,
                       count(a.scale_value) as answered, avg(a.scale_value) as mean
                from questionnaire_round r
                join questionnaire_template t on t.id = r.template_id
                left join questionnaire_submission s on s.round_id = r.id and s.id in (select submission_id from latest)
                left join answer_value a on a.submission_id = s.id and a.item_key = :item
                where %s
                group by r.school_code, r.programme_year, t.code""".formatted(where, where))
                .paramSource(params)
                .query((rs, i) -> new Figure(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getObject(6) == null ? null : rs.getDouble(6)))
                .list();
    }

    private static Optional<Figure> first(List<Figure> figures) {
        return figures.stream().findFirst();
    }
}
