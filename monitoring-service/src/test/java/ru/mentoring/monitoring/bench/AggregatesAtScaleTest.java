package ru.mentoring.monitoring.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * personal assessment, dynamics and targets of one year, timed in the service (no gateway). The
 * answers are a function of the person and the item, not random: two runs store the same figures,
 * and {@code target/bench-figures.json} of a change's before and after must be equal.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
@EnabledIfSystemProperty(named = "monitoring.bench", matches = "true")
class AggregatesAtScaleTest {

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    AggregatesAtScaleTest(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
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
                select g, gen_random_uuid() as participant, 2022 + g % 5 as year, 'bm-' || (g % 40) as school
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
                       case when i.item_type = 'SCALE_1_10' then 1 + (p.g * 7 + abs(hashtext(i.item_key))
                            + case when t.stage = 'AFTER' then p.g % 3 else 0 end) % 10 end,
                       case when i.item_type = 'YES_NO' then (p.g + abs(hashtext(i.item_key))) % 5 < 3 end,
                       case when i.item_type = 'FREQUENCY' then 'часто' when i.item_type = 'FREE_TEXT' then 'текст' end
                from questionnaire_submission s
                join questionnaire_item i on i.template_id = s.template_id
                join questionnaire_template t on t.id = s.template_id
                join questionnaire_round r on r.id = s.round_id
                join round_respondent rr on rr.id = s.respondent_id
                join people p on p.participant = rr.participant_id
                where r.municipality_code = 'bm'""");
        jdbc.execute("analyze");
        System.out.printf("BENCH data: %d answers in %d ms%n",
                jdbc.queryForObject("select count(*) from answer_value", Long.class), (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void theMunicipalitysAggregatesOfOneYear() throws Exception {
        // what the dashboard reads of the monitoring service, all at once as the web reads them: the first
        // time (nothing computed yet, as after a start) and twice more
        for (int round = 0; round < 3; round++) {
            time((round == 0 ? "first " : "") + "dashboard (targets of 3 years, assessment, dynamics at once)", this::dashboard);
        }
        // the figures as JSON, to compare a change's before and after on the same data (target/bench-figures.json)
        StringBuilder figures = new StringBuilder();
        for (String path : List.of("/api/monitoring/assessment?programmeYear=2026", "/api/monitoring/dynamics?programmeYear=2026",
                "/api/monitoring/targets?programmeYear=2026", "/api/monitoring/targets?programmeYear=2026&bySchool=false",
                "/api/monitoring/targets?programmeYear=2025&bySchool=false")) {
            figures.append(path).append('\n').append(mvc.perform(get(path).with(coordinator("bm"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).append('\n');
        }
        Files.writeString(Path.of("target/bench-figures.json"), figures);
        if (Boolean.getBoolean("monitoring.explain")) {
            AggregatePlans.all(jdbc);
        }
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

    /** The five reads of the dashboard (targets of 2024–2026 without schools' lines, the assessment and dynamics of 2026) in parallel. */
    private void dashboard() throws Exception {
        List<String> paths = List.of("/api/monitoring/targets?programmeYear=2024&bySchool=false",
                "/api/monitoring/targets?programmeYear=2025&bySchool=false",
                "/api/monitoring/targets?programmeYear=2026&bySchool=false",
                "/api/monitoring/assessment?programmeYear=2026", "/api/monitoring/dynamics?programmeYear=2026");
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> reads = new ArrayList<>();
            for (String path : paths) {
                reads.add(readers.submit(() -> {
                    mvc.perform(get(path).with(coordinator("bm"))).andExpect(status().isOk());
                    return null;
                }));
            }
            for (Future<?> read : reads) {
                read.get();
            }
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
