package ru.mentoring.monitoring;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.learners.LearnerService;
import ru.mentoring.monitoring.learners.LearnerViews;
import ru.mentoring.monitoring.learners.LearnerViews.Results;
import ru.mentoring.platform.privacy.SmallCells;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learners' public read as a report (the information note) calls it from outside the feature:
 * a scope, a year and the reader's small-cell rule. School {@code lrr-a} has six mentees with both
 * moments, {@code lrr-b} two.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class LearnerResultsReadTest {

    private final LearnerService learners;
    private final JdbcTemplate jdbc;

    LearnerResultsReadTest(LearnerService learners, JdbcTemplate jdbc) {
        this.learners = learners;
        this.jdbc = jdbc;
    }

    private void mentees(String school, int count) {
        UUID upload = UUID.randomUUID();
        jdbc.update("insert into learner_upload (id, municipality_code, rows_stored, loaded_at) values (?, 'lrr', ?, now())",
                upload, count * 2);
        for (int i = 0; i < count; i++) {
            UUID person = UUID.randomUUID();
            jdbc.update("""
                    insert into learner_indicator (municipality_code, school_code, programme_year, participant_id, form, stage,
                                                   average_mark, absences, on_register, in_club, upload_id)
                    values ('lrr', ?, 2025, ?, 'STUDENT_STUDENT', 'BEFORE', 3, 10, true, false, ?),
                           ('lrr', ?, 2025, ?, 'STUDENT_STUDENT', 'AFTER', 4, 5, false, true, ?)""",
                    school, person, upload, school, person, upload);
        }
    }

    @Test
    void aReportReadsExactFiguresOrHidesASchoolWhoseLineIsSmallOrItsComplement() {
        mentees("lrr-a", 6);
        mentees("lrr-b", 2);
        SmallCells rule = new SmallCells(5);
        Results exact = learners.results(new Scope("lrr", "lrr-a"), 2025, new SmallCells.Reader(rule, false));
        assertThat(exact.paired()).isEqualTo(6);
        assertThat(exact.measures().get(0).meanBefore()).isEqualTo(3.0);
        assertThat(exact.measures().get(0).meanAfter()).isEqualTo(4.0);
        // six marks all up by 1: ranks tied, exact two-sided p = 2/64
        assertThat(exact.measures().get(0).pValue()).isEqualTo(0.03125);
        assertThat(exact.statuses().get(0).lost()).isEqualTo(6);
        assertThat(exact.method()).isEqualTo(LearnerViews.METHOD_NOTE);

        SmallCells.Reader viewer = new SmallCells.Reader(rule, true);
        // lrr-b's two mentees are a small line, so lrr-a, its complement in the municipality, is hidden too
        assertThat(learners.results(new Scope("lrr", "lrr-a"), 2025, viewer).suppressed()).isTrue();
        assertThat(learners.results(new Scope("lrr", "lrr-b"), 2025, viewer).paired()).isNull();
        Results municipality = learners.results(new Scope("lrr", null), 2025, viewer);
        assertThat(municipality.suppressed()).isFalse();
        assertThat(municipality.paired()).isEqualTo(8);
    }
}
