package ru.mentoring.monitoring.learners;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.mentoring.platform.upload.RowError;

import static org.assertj.core.api.Assertions.assertThat;

/** The learners' file checks, row by row, without the services. */
class LearnerImportTest {

    static final UUID MENTEE = UUID.fromString("11111111-1111-1111-1111-111111111111");
    static final UUID TEACHER_MENTEE = UUID.fromString("22222222-2222-2222-2222-222222222222");

    /** School {@code s-own} is the caller's; MENTEE is a mentee of «ученик – ученик» there in 2025. */
    static final LearnerImport.Checks CHECKS = new LearnerImport.Checks() {
        @Override
        public boolean mayWrite(String schoolCode) {
            return schoolCode.equals("s-own");
        }

        @Override
        public String menteeForm(String schoolCode, int programmeYear, UUID participantId) {
            return Map.of(MENTEE, "STUDENT_STUDENT").get(participantId) != null && programmeYear == 2025
                    ? "STUDENT_STUDENT" : null;
        }
    };

    private static LearnerImport.Line line(long n, String... cells) {
        return new LearnerImport.Line(n, List.of(cells));
    }

    @Test
    void aSchoolAdministratorsFileWithoutTheSchoolColumnIsAboutTheirSchoolAndTakesRussianValues() {
        LearnerImport.Outcome outcome = LearnerImport.check(
                List.of("ID участника", "Год", "Этап", "Средний балл", "Пропуски", "На учёте", "Кружок", "ФИО"),
                List.of(line(2, MENTEE.toString(), "2025", "до", "3,45", "12", "да", "нет", "Иванов И."),
                        line(3, MENTEE.toString(), "2025", "после", "4", "3", "нет", "да", "Иванов И.")),
                "s-own", CHECKS);
        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.rows()).hasSize(2);
        LearnerImport.Row before = outcome.rows().getFirst();
        assertThat(before.schoolCode()).isEqualTo("s-own");
        assertThat(before.form()).isEqualTo("STUDENT_STUDENT");
        assertThat(before.stage()).isEqualTo("BEFORE");
        assertThat(before.averageMark()).isEqualByComparingTo("3.45");
        assertThat(before.absences()).isEqualTo(12);
        assertThat(before.onRegister()).isTrue();
        assertThat(before.inClub()).isFalse();
    }

    @Test
    void everyBadRowIsNamedWithItsFieldAndReasonAndNothingIsKept() {
        LearnerImport.Outcome outcome = LearnerImport.check(
                List.of("participant_id", "school_code", "programme_year", "stage", "average_mark", "absences",
                        "on_register", "in_club"),
                List.of(line(2, MENTEE.toString(), "s-own", "2025", "BEFORE", "4", "0", "нет", "да"),
                        line(3, TEACHER_MENTEE.toString(), "s-own", "2025", "BEFORE", "4", "0", "нет", "да"),
                        line(4, MENTEE.toString(), "s-other", "2025", "AFTER", "4", "0", "нет", "да"),
                        line(5, "x", "s-own", "1999", "MIDDLE", "6", "-1", "может", ""),
                        line(6, MENTEE.toString(), "s-own", "2025", "before", "4,5", "1", "0", "1")),
                null, CHECKS);
        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.rows()).isEmpty();
        assertThat(outcome.rowsRead()).isEqualTo(5);
        assertThat(outcome.rejectedRows()).isEqualTo(4);
        List<RowError> errors = outcome.errors();
        assertThat(errors).contains(new RowError(3, "participant_id", "Участник не наставляемый в паре формы «ученик – ученик», "
                + "«учитель – ученик» или «студент/работодатель – ученик» школы «s-own» в 2025 году"));
        assertThat(errors).contains(new RowError(4, "school_code", "Школа «s-other» не найдена среди ваших школ"));
        assertThat(errors).extracting(RowError::row, RowError::field).contains(
                org.assertj.core.groups.Tuple.tuple(5L, "participant_id"), org.assertj.core.groups.Tuple.tuple(5L, "programme_year"),
                org.assertj.core.groups.Tuple.tuple(5L, "stage"), org.assertj.core.groups.Tuple.tuple(5L, "average_mark"),
                org.assertj.core.groups.Tuple.tuple(5L, "absences"), org.assertj.core.groups.Tuple.tuple(5L, "on_register"),
                org.assertj.core.groups.Tuple.tuple(5L, "in_club"));
        assertThat(errors).contains(new RowError(6, "participant_id", "Показатели этого наставляемого за этот год и этап уже указаны в строке 2"));
    }

    @Test
    void aCoordinatorsFileNeedsTheSchoolColumnAndMissingColumnsAreNamed() {
        LearnerImport.Outcome outcome = LearnerImport.check(List.of("participant_id", "programme_year", "stage"),
                List.of(line(2, MENTEE.toString(), "2025", "BEFORE")), null, CHECKS);
        assertThat(outcome.errors()).extracting(RowError::field)
                .containsExactly("school_code", "average_mark", "absences", "on_register", "in_club");
        assertThat(outcome.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(1));
    }
}
