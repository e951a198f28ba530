package ru.mentoring.monitoring.kept;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.mentoring.monitoring.TestRounds;
import ru.mentoring.monitoring.TestRounds.Round;
import ru.mentoring.monitoring.TestSchools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * A municipality's assessment and dynamics are given again while the year's submissions stay the
 * same, and computed afresh as soon as anything they rest on changes: a late answer to a round of
 * that year, a submission removed. Municipality {@code ka}, school {@code ka-a}, year 2026; three
 * mentees answered the before form, one of them the after form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class KeptAggregatesTest {

    private final MockMvc mvc;
    private final KeptAggregates kept;
    private final JdbcTemplate jdbc;

    KeptAggregatesTest(MockMvc mvc, KeptAggregates kept, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.kept = kept;
        this.jdbc = jdbc;
    }

    @Test
    void aKeptAggregateIsGivenAgainUntilTheYearsSubmissionsChange() throws Exception {
        RequestPostProcessor admin = schoolAdmin("ka-a", "ka");
        List<UUID> people = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Round before = TestRounds.open(mvc, admin, 2026, "ka-a", "MENTEE_BEFORE", "MENTEE", "TEACHER_TEACHER", people);
        for (int i = 0; i < 3; i++) {
            TestRounds.answer(mvc, admin, "MENTEE_BEFORE", before.links().get(i), Map.of());
        }
        Round after = TestRounds.open(mvc, admin, 2026, "ka-a", "MENTEE_AFTER", "MENTEE", "TEACHER_TEACHER", people);
        TestRounds.answer(mvc, admin, "MENTEE_AFTER", after.links().get(0), Map.of());

        expect(1);
        long computed = kept.computations();
        expect(1);
        assertThat(kept.computations()).as("the second read of the same year is given again").isEqualTo(computed);

        // another year's answer leaves 2026 as it was
        Round nextYear = TestRounds.open(mvc, admin, 2027, "ka-a", "MENTEE_AFTER", "MENTEE", "TEACHER_TEACHER",
                List.of(people.get(1)));
        TestRounds.answer(mvc, admin, "MENTEE_AFTER", nextYear.links().get(0), Map.of());
        expect(1);
        assertThat(kept.computations()).isEqualTo(computed);

        // a late answer to the year's round: both figures count it at once
        TestRounds.answer(mvc, admin, "MENTEE_AFTER", after.links().get(1), Map.of());
        expect(2);
        assertThat(kept.computations()).isGreaterThan(computed);

        // a submission removed (straight in the database, as no endpoint does): counted out at once
        UUID removed = jdbc.queryForObject("select id from questionnaire_submission where respondent_id = ?", UUID.class,
                after.links().get(1).respondentId());
        jdbc.update("delete from answer_value where submission_id = ?", removed);
        jdbc.update("delete from questionnaire_submission where id = ?", removed);
        expect(1);
    }

    @Test
    void aSchoolsReadIsNeverKept() throws Exception {
        RequestPostProcessor admin = schoolAdmin("ka-b", "ka");
        Round after = TestRounds.open(mvc, admin, 2025, "ka-b", "MENTEE_AFTER", "MENTEE", "TEACHER_TEACHER",
                List.of(UUID.randomUUID()));
        TestRounds.answer(mvc, admin, "MENTEE_AFTER", after.links().get(0), Map.of());
        for (int i = 0; i < 2; i++) {
            long computed = kept.computations();
            mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2025").with(admin))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.tables[0].respondents").value(1));
            assertThat(kept.computations()).isGreaterThan(computed);
        }
    }

    /** The municipality's mentee assessment counts {@code respondents}; its dynamics pair as many people. */
    private void expect(int people) throws Exception {
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").with(coordinator("ka")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tables[0].respondents").value(people));
        mvc.perform(get("/api/monitoring/dynamics").param("programmeYear", "2026").with(coordinator("ka")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tables[0].people").value(people));
    }
}
