package ru.mentoring.monitoring.report;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.mentoring.monitoring.recommendation.RecommendationsOfYear.Line;
import ru.mentoring.monitoring.recommendation.RoundFigures.Figure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Next year's note on last year's recommendations, by hand: a mentee after-round of 2024 answered
 * 6, 7, 7, 6, 8 (mean 34/5 = 6,80, five people), the school's same questionnaire in 2025 answered
 * 8, 7, 9, 7, 6, 8 (45/6 = 7,50): moved by +0,70.
 */
class FollowUpTest {

    static final LocalDate TODAY = LocalDate.of(2025, 12, 15);
    static final UUID ROUND = UUID.randomUUID();
    static final Figure Y2024 = new Figure("a", 2024, "MENTEE_AFTER", "Анкета наставляемого (после)", 5, 34.0 / 5);
    static final Figure Y2025 = new Figure("a", 2025, "MENTEE_AFTER", "Анкета наставляемого (после)", 6, 45.0 / 6);

    static Line line(UUID round, String decision, LocalDate due, LocalDate done) {
        return new Line("a", "Провести открытые уроки наставников", decision, due, done, round);
    }

    @Test
    void aRecommendationOnARoundShowsTheRoundsFigureAgainstTheSchoolsSameQuestionnaireOfTheNextYear() {
        FollowUp f = new FollowUp(line(ROUND, "Провести 3 открытых урока", LocalDate.of(2025, 5, 31), LocalDate.of(2025, 5, 20)),
                Y2024, Y2025, false, false);
        assertThat(f.moved(2025, "<5")).isEqualTo("«Анкета наставляемого (после)», средняя оценка удовлетворенности совместной работой "
                + "(1–10): 6,80 (2024, ответили 5) → 7,50 (2025, ответили 6), изменение +0,70");
        assertThat(f.state(TODAY)).isEqualTo("исполнено 20.05.2025");
    }

    @Test
    void withoutAComparableRoundInTheNoteYearItSaysSo() {
        FollowUp f = new FollowUp(line(ROUND, "Провести 3 открытых урока", LocalDate.of(2025, 5, 31), null), Y2024, null, false, false);
        assertThat(f.moved(2025, "<5")).endsWith("6,80 (2024, ответили 5); нет данных за 2025 год");
        assertThat(f.state(TODAY)).isEqualTo("просрочено");
    }

    @Test
    void aFallIsWrittenWithAMinusAndAHiddenFigureAsTheReadersSmallCell() {
        Figure lower = new Figure("a", 2025, "MENTEE_AFTER", "Анкета наставляемого (после)", 7, 42.0 / 7);
        assertThat(new FollowUp(line(ROUND, null, null, null), Y2024, lower, false, false).moved(2025, "<5"))
                .endsWith("→ 6,00 (2025, ответили 7), изменение −0,80");
        assertThat(new FollowUp(line(ROUND, null, null, null), Y2024, Y2025, true, false).moved(2025, "<5"))
                .endsWith("(1–10): <5 → 7,50 (2025)");
    }

    @Test
    void aRecommendationWithoutARoundOrDecisionSaysThereIsNothingToCompareAndNoDecision() {
        FollowUp f = new FollowUp(line(null, null, null, null), null, null, false, false);
        assertThat(f.moved(2025, "<5")).isEqualTo("рекомендация дана без опроса: показателя для сравнения нет");
        assertThat(f.state(TODAY)).isEqualTo("решение не принято");
        Figure before = new Figure("a", 2024, "MENTEE_BEFORE", "Анкета наставляемого (до)", 0, null);
        assertThat(new FollowUp(line(ROUND, null, null, null), before, null, false, false).moved(2025, "<5"))
                .contains("нет вопроса об удовлетворенности");
    }
}
