package ru.mentoring.monitoring.targets;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.mentoring.monitoring.learners.LearnerViews;
import ru.mentoring.monitoring.learners.LearnerViews.Measure;
import ru.mentoring.monitoring.learners.LearnerViews.Status;
import ru.mentoring.monitoring.stats.PairedChange;
import ru.mentoring.monitoring.targets.TargetViews.Target;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 003's learners' results as targets, with hand-computed figures. Six mentees whose marks all
 * rose (3 → 4 for three, 3,5 → 4 for three: mean 3,25 → 4, +0,75): Wilcoxon exact two-sided p =
 * 2/2⁶ = 0,03125 &lt; 0,05, a significant rise: met. Clubs 1 → 5 (4 started, none stopped): sign test
 * p = 2·(½)⁴ = 0,125, not significant: not met though the number rose. Register 5 → 0 (5 struck
 * off, none put on): p = 2·(½)⁵ = 0,0625: not met. A register that rose significantly 0 → 6 (p =
 * 0,03125) is a change the wrong way: not met.
 */
class LearnerTargetsTest {

    static LearnerViews.Results results(long paired, Measure mark, Status club, Status register) {
        return new LearnerViews.Results(2025, "m", null, paired, paired, paired,
                List.of(mark, new Measure("ABSENCES", "Пропущено уроков", 5.0, 5.0, 0.0, 0, (int) paired, 0, null,
                        PairedChange.Method.NONE, null)),
                List.of(register, club), 0.05, LearnerViews.METHOD_NOTE, false);
    }

    static final Measure MARKS_ROSE = new Measure("AVERAGE_MARK", "Средний балл", 3.25, 4.0, 0.75, 6, 0, 0, 0.03125,
            PairedChange.Method.EXACT, true);
    static final Status CLUBS_1_TO_5 = new Status("IN_CLUB", "Посещают кружки", 1, 5, 4, 0, 0.125, false);
    static final Status REGISTER_5_TO_0 = new Status("ON_REGISTER", "Состоят на учёте", 5, 0, 0, 5, 0.0625, false);

    @Test
    void aSignificantRiseOfTheMeanMarkMeetsTheTargetAndShowsTheChangeInMarks() {
        Target t = TargetCalculator.learners(ProgrammeTarget.LEARNERS_MARKS_RISE,
                results(6, MARKS_ROSE, CLUBS_1_TO_5, REGISTER_5_TO_0), 2025);
        assertThat(t.title()).isEqualTo("Повышение успеваемости в школе");
        assertThat(t.value()).isEqualTo(0.75);
        assertThat(t.unit()).isEqualTo("балла");
        assertThat(t.direction()).isEqualTo(Direction.RISE);
        assertThat(t.met()).isTrue();
        assertThat(t.basis()).containsEntry("menteesWithBoth", 6L).containsEntry("meanMarkBefore", 3.25)
                .containsEntry("meanMarkAfter", 4.0).containsEntry("pValue", 0.03125);
        assertThat(BasisText.value(t)).isEqualTo("+0,75 балла");
        assertThat(BasisText.goal(t)).isEqualTo("значимый рост");
        assertThat(BasisText.of(t)).contains("«ученик – ученик»", "наставляемых с показателями до и после: 6",
                "p: 0,031", "критерий знаковых рангов Уилкоксона");
    }

    @Test
    void moreMenteesInClubsWithoutASignificantChangeDoNotMeetTheTarget() {
        Target t = TargetCalculator.learners(ProgrammeTarget.LEARNERS_CLUBS_RISE,
                results(6, MARKS_ROSE, CLUBS_1_TO_5, REGISTER_5_TO_0), 2025);
        assertThat(t.value()).isEqualTo(4.0);
        assertThat(t.unit()).isEqualTo("чел.");
        assertThat(t.met()).isFalse();
        assertThat(BasisText.value(t)).isEqualTo("+4 чел.");
        assertThat(BasisText.of(t)).contains("посещали кружки, объединения, секции до: 1", "посещают после: 5",
                "p: 0,125", "Мак-Немара");
    }

    @Test
    void theRegisterTargetIsMetOnlyByASignificantFall() {
        Target notSignificant = TargetCalculator.learners(ProgrammeTarget.LEARNERS_REGISTER_FALL,
                results(6, MARKS_ROSE, CLUBS_1_TO_5, REGISTER_5_TO_0), 2025);
        assertThat(notSignificant.value()).isEqualTo(-5.0);
        assertThat(notSignificant.met()).isFalse();
        assertThat(BasisText.value(notSignificant)).isEqualTo("−5 чел.");
        assertThat(BasisText.goal(notSignificant)).isEqualTo("значимое снижение");

        Status fell = new Status("ON_REGISTER", "Состоят на учёте", 6, 0, 0, 6, 0.03125, true);
        assertThat(TargetCalculator.learners(ProgrammeTarget.LEARNERS_REGISTER_FALL,
                results(6, MARKS_ROSE, CLUBS_1_TO_5, fell), 2025).met()).isTrue();
        Status rose = new Status("ON_REGISTER", "Состоят на учёте", 0, 6, 6, 0, 0.03125, true);
        Target wrongWay = TargetCalculator.learners(ProgrammeTarget.LEARNERS_REGISTER_FALL,
                results(6, MARKS_ROSE, CLUBS_1_TO_5, rose), 2025);
        assertThat(wrongWay.value()).isEqualTo(6.0);
        assertThat(wrongWay.met()).isFalse();
    }

    @Test
    void fewerThanFiveMenteesAreSuppressedForEveryReaderAndNoneIsNoData() {
        Measure four = new Measure("AVERAGE_MARK", "Средний балл", 3.0, 4.0, 1.0, 4, 0, 0, 0.125, PairedChange.Method.EXACT, false);
        Target small = TargetCalculator.learners(ProgrammeTarget.LEARNERS_MARKS_RISE,
                results(4, four, CLUBS_1_TO_5, REGISTER_5_TO_0), 2025);
        assertThat(small.suppressed()).isTrue();
        assertThat(small.value()).isNull();
        assertThat(small.met()).isNull();
        assertThat(small.basis()).doesNotContainKeys("meanMarkBefore", "meanMarkAfter", "pValue").containsEntry("menteesWithBoth", 4L);
        assertThat(small.unavailableReason()).contains("менее 5");
        assertThat(BasisText.met(small)).isEqualTo("нет данных");

        Target none = TargetCalculator.learners(ProgrammeTarget.LEARNERS_CLUBS_RISE, null, 2025);
        assertThat(none.suppressed()).isFalse();
        assertThat(none.value()).isNull();
        assertThat(none.unit()).isEqualTo("чел.");
        assertThat(none.unavailableReason()).isEqualTo("Нет наставляемых-обучающихся с показателями и до, и после программы за 2025 год");
    }

    @Test
    void theProgrammesTargetsEndWithTheThreeLearnersResultsOfSeed003() {
        List<Target> all = TargetCalculator.targets(TargetCalculatorTest.inputs(java.util.Map.of(), java.util.Map.of(),
                java.util.Map.of(), new TargetCalculator.Satisfaction(0, 0, 7)));
        assertThat(all).extracting(Target::code).endsWith("LEARNERS_MARKS_RISE", "LEARNERS_CLUBS_RISE", "LEARNERS_REGISTER_FALL");
        assertThat(all.getLast().title()).isEqualTo("Снижение числа обучающихся состоящих на различных видах учета");
    }
}
