package ru.mentoring.monitoring.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plans of the aggregates' queries on the scale test's data, printed with {@code -Dmonitoring.explain=true}.
 * The queries are those of {@code AssessmentService} and {@code DynamicsService} with the scale test's
 * parameters written in (EXPLAIN takes no bind parameters here): change them here when they change there.
 */
final class AggregatePlans {

    static final String LATEST = """
            with latest as (
              select distinct on (rr.participant_id, rr.role)
                     s.id as submission_id, s.template_id, r.school_code, coalesce(rr.form, r.form) as form,
                     rr.interaction_model_label as model, rr.role
              from questionnaire_submission s
              join round_respondent rr on rr.id = s.respondent_id
              join questionnaire_round r on r.id = s.round_id
              join questionnaire_template t on t.id = s.template_id
              where t.stage = 'AFTER' and r.programme_year = 2026 and r.municipality_code = 'bm'
              order by rr.participant_id, rr.role, s.submitted_at desc, s.id
            )
            """;
    static final String ANSWERED = """
            with answered as (
              select distinct on (rr.participant_id, rr.role, t.stage)
                     rr.participant_id, rr.role, t.stage, s.id as submission_id, s.template_id,
                     coalesce(rr.form, r.form) as form, r.school_code
              from questionnaire_submission s
              join round_respondent rr on rr.id = s.respondent_id
              join questionnaire_round r on r.id = s.round_id
              join questionnaire_template t on t.id = s.template_id
              where r.programme_year = 2026 and r.municipality_code = 'bm'
              order by rr.participant_id, rr.role, t.stage, s.submitted_at desc, s.id
            )
            """;

    static void explain(JdbcTemplate jdbc, String name, String sql) {
        System.out.println("EXPLAIN " + name);
        jdbc.queryForList("explain (analyze, buffers) " + sql, String.class).forEach(l -> System.out.println("  " + l));
    }

    static void all(JdbcTemplate jdbc) {
        explain(jdbc, "assessment counts", LATEST + """
                select l.role, l.school_code, l.form, l.model, count(*) as respondents,
                       count(*) filter (where jw.scale_value >= 8) as joint,
                       count(*) filter (where em.scale_value >= 8) as result
                from latest l
                left join answer_value jw on jw.submission_id = l.submission_id and jw.item_key = 'joint_work_satisfaction'
                left join answer_value em on em.submission_id = l.submission_id and em.item_key = 'expectations_met'
                group by l.role, l.school_code, l.form, l.model""");
        explain(jdbc, "assessment marked", LATEST + """
                select l.role, i.item_key, count(*) as asked, count(a.submission_id) as marked
                from latest l
                join questionnaire_item i on i.template_id = l.template_id and i.characteristic is not null
                left join answer_value a on a.submission_id = l.submission_id and a.item_key = i.item_key and a.yes_no
                group by l.role, i.item_key""");
        explain(jdbc, "dynamics people", ANSWERED + """
                select a.role, count(*) as people
                from answered a
                join answered b on b.participant_id = a.participant_id and b.role = a.role and b.stage = 'BEFORE'
                where a.stage = 'AFTER' group by a.role""");
        explain(jdbc, "dynamics scores", ANSWERED + """
                select a.role, i.item_key, bv.scale_value as before_value, av.scale_value as after_value, count(*) as people
                from answered a
                join answered b on b.participant_id = a.participant_id and b.role = a.role and b.stage = 'BEFORE'
                join questionnaire_item i on i.template_id = a.template_id and i.item_type = 'SCALE_1_10'
                                         and i.paired_item_key is not null
                join answer_value av on av.submission_id = a.submission_id and av.item_key = i.item_key
                join answer_value bv on bv.submission_id = b.submission_id and bv.item_key = i.paired_item_key
                where a.stage = 'AFTER' and av.scale_value is not null and bv.scale_value is not null
                group by a.role, i.item_key, bv.scale_value, av.scale_value""");
    }
}
