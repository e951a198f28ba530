package ru.mentoring.monitoring.report;

import java.time.LocalDate;

import ru.mentoring.monitoring.recommendation.RecommendationsOfYear;
import ru.mentoring.monitoring.recommendation.RoundFigures.Figure;
import ru.mentoring.monitoring.stats.Percent;

/**
 * A recommendation of the year before the note's and what came of it («анализ эффективности принятых
 * мер», seed 001 9.5): the school's decision, whether it was carried out, and whether the figure of the
 * round it rests on moved in the note's year.
 *
 * @param before       the figure of the round the recommendation rests on; null when it rests on none
 * @param after        the same school's comparable rounds in the note's year; null when there were none
 * @param beforeHidden the earlier figure rests on 1–4 people and the reader sees no small cells
 * @param afterHidden  likewise the later one
 */
record FollowUp(RecommendationsOfYear.Line line, Figure before, Figure after, boolean beforeHidden, boolean afterHidden) {

    /** «исполнено 20.01.2026», «в работе», «просрочено», «решение не принято». */
    String state(LocalDate today) {
        String state = HeadReport.state(line, today);
        return "—".equals(state) ? "решение не принято" : state;
    }

    /**
     * Whether the figure moved, in words: «средняя оценка удовлетворенности совместной работой (1–10):
     * 6,80 (2024, ответили 5) → 7,50 (2025, ответили 6), изменение +0,70»; «нет данных за 2025 год»
     * when the school ran no comparable round (or nobody answered); what is hidden is the reader's «<5».
     */
    String moved(int year, String hiddenAs) {
        if (line.roundId() == null) {
            return "рекомендация дана без опроса: показателя для сравнения нет";
        }
        if (before == null) {
            return "опрос, на котором основана рекомендация, недоступен";
        }
        if (before.mean() == null) {
            return "в анкете «" + before.template() + "» нет вопроса об удовлетворенности совместной работой: показателя для сравнения нет";
        }
        String figure = "«" + before.template() + "», средняя оценка удовлетворенности совместной работой (1–10): ";
        String then = beforeHidden ? hiddenAs : Percent.number(before.mean(), 2) + " (" + before.programmeYear() + ", ответили "
                + before.answered() + ")";
        if (after == null || after.mean() == null) {
            return figure + then + "; нет данных за " + year + " год";
        }
        if (beforeHidden || afterHidden) {
            return figure + then + " → " + (afterHidden ? hiddenAs : Percent.number(after.mean(), 2) + " (" + year + ")");
        }
        double change = Percent.round2(after.mean()) - Percent.round2(before.mean());
        String sign = change > 0.0001 ? "+" : change < -0.0001 ? "−" : "";
        return figure + then + " → " + Percent.number(after.mean(), 2) + " (" + year + ", ответили " + after.answered()
                + "), изменение " + sign + Percent.number(Math.abs(change), 2);
    }
}
