package ru.mentoring.monitoring.bench;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.monitoring.TestSchools;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;

/**
 * Opt-in ({@code -Dmonitoring.bench=true}): 25,000 mentees of 40 schools over five programme years,
 * each with a before and an after form — about 975,000 stored answers — then the municipality's
 * personal assessment, dynamics and targets of one year, timed in the service (no gateway).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
@EnabledIfSystemProperty(named = "monitoring.bench", matches = "true")
class AggregatesAtScaleTest {

    private final MockMvc mvc;

    AggregatesAtScaleTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void data(@Autowired JdbcTemplate jdbc) {
        long started = System.nanoTime();
        for (int s = 0; s < 40; s++) {
            TestSchools.REGISTRY.school("bm-" + s, "Школа " + s, 50L, 5L, 20L);
        }
        TestSchools.INDEX.lowResults(2025, "bm-1", "bm-2", "bm-3");
        TestSchools.INDEX.lowResults(2026, "bm-1");
        jdbc.execute("""
                create temp table people as
                select gen_random_uuid() as participant, 2022 + g % 5 as year, 'bm-' || (g % 40) as school
                from generate_series(1, 25000) g""");
        jdbc.execute("""
                insert into questionnaire_round (id, school_code, municipality_code, programme_year, template_id, opens_at, closes_at, form)
                select gen_random_uuid(), s.school, 'bm', s.year, t.id, now(), now() + interval '30 days', 'TEACHER_TEACHER'
                from (select distinct school, year from people) s
                cross join questionnaire_template t where t.code in ('MENTEE_BEFORE', 'MENTEE_AFTER')""");
        jdbc.execute("""
                insert into round_respondent (id, round_id, school_code, participant_id, role, token_hash, expires_at, used_at)
                select gen_random_uuid(), r.id, p.school, p.participant, 'MENTEE', md5(random()::text) || md5(random()::text),
                       now() + interval '30 days', now()
                from people p join questionnaire_round r
                  on r.school_code = p.school and r.programme_year = p.year and r.municipality_code = 'bm'""");
        jdbc.execute("""
                insert into questionnaire_submission (id, respondent_id, round_id, template_id, school_code, submitted_at)
                select gen_random_uuid(), rr.id, rr.round_id, r.template_id, rr.school_code, now()
                from round_respondent rr join questionnaire_round r on r.id = rr.round_id where r.municipality_code = 'bm'""");
        jdbc.execute("""
                insert into answer_value (submission_id, item_key, scale_value, yes_no, text_value)
                select s.id, i.item_key,
                       case when i.item_type = 'SCALE_1_10' then 1 + floor(random() * 10)::int end,
                       case when i.item_type = 'YES_NO' then random() < 0.6 end,
                       case when i.item_type = 'FREQUENCY' then 'часто' when i.item_type = 'FREE_TEXT' then 'текст' end
                from questionnaire_submission s
                join questionnaire_item i on i.template_id = s.template_id
                join questionnaire_round r on r.id = s.round_id
                where r.municipality_code = 'bm'""");
        jdbc.execute("analyze");
        System.out.printf("BENCH data: %d answers in %d ms%n",
                jdbc.queryForObject("select count(*) from answer_value", Long.class), (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void theMunicipalitysAggregatesOfOneYear() throws Exception {
        for (int round = 0; round < 3; round++) {
            time("assessment", () -> mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026")
                    .with(coordinator("bm"))).andExpect(status().isOk()).andExpect(jsonPath("$.tables[0].respondents").value(5000)));
            time("targets", () -> mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026")
                    .with(coordinator("bm"))).andExpect(status().isOk()));
            time("dynamics", () -> mvc.perform(get("/api/monitoring/dynamics").param("programmeYear", "2026")
                    .with(coordinator("bm"))).andExpect(status().isOk()).andExpect(jsonPath("$.tables[0].people").value(5000)));
            time("note.pdf", () -> mvc.perform(get("/api/monitoring/reports/note").param("programmeYear", "2026").param("format", "pdf")
                    .with(coordinator("bm"))).andExpect(status().isOk()));
        }
    }

    interface Call {
        void run() throws Exception;
    }

    static void time(String what, Call call) throws Exception {
        long started = System.nanoTime();
        call.run();
        System.out.printf("BENCH %s: %d ms%n", what, (System.nanoTime() - started) / 1_000_000);
    }
}
