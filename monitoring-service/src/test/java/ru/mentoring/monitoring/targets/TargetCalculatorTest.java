package ru.mentoring.monitoring.targets;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.mentoring.monitoring.competency.CompetencyViews;
import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.monitoring.registry.RegistryFigures.SchoolCounts;
import ru.mentoring.monitoring.targets.TargetCalculator.Inputs;
import ru.mentoring.monitoring.targets.TargetCalculator.Satisfaction;
import ru.mentoring.monitoring.targets.TargetViews.Target;

import static org.assertj.core.api.Assertions.assertThat;

class TargetCalculatorTest {

    static final CompetencyViews.Figures NO_SCORES = new CompetencyViews.Figures(null, 0, 0, 0, null, null, null);

    static Inputs inputs(Map<String, SchoolCounts> counts, Map<String, Set<String>> now, Map<String, Set<String>> before,
            Satisfaction mentees) {
        return new Inputs(2026, List.copyOf(counts.keySet()), true, Available.of(counts), Available.of(now),
                Available.of(before), mentees, new Satisfaction(0, 0, 7), NO_SCORES);
    }

    static SchoolCounts counts(String school, long teachers, long mentors, long mentees) {
        return new SchoolCounts(school, teachers, mentors, mentees, true, true);
    }

    @Test
    void seventeenOfTwentySatisfiedIsExactly85PercentAndMeetsTheTarget() {
        Target t = TargetCalculator.satisfaction(ProgrammeTarget.MENTEE_SATISFACTION, new Satisfaction(20, 17, 7), 2026, "наставляемых");
        assertThat(t.value()).isEqualTo(85.0);
        assertThat(t.met()).isTrue();
        assertThat(TargetCalculator.satisfaction(ProgrammeTarget.MENTEE_SATISFACTION, new Satisfaction(5, 4, 7), 2026, "наставляемых").met())
                .isFalse();
    }

    @Test
    void theMenteeShareCountsTheTeachersOfShnorSchoolsOnly() {
        Inputs in = inputs(Map.of("a", counts("a", 10, 0, 7), "b", counts("b", 90, 9, 0)),
                Map.of("a", Set.of("LOW_RESULTS"), "b", Set.of("EFFECTIVE")), Map.of(), new Satisfaction(0, 0, 7));
        Target t = TargetCalculator.menteesOfLowResultSchools(in);
        assertThat(t.value()).isEqualTo(70.0);
        assertThat(t.met()).isTrue();
        assertThat(t.basis()).containsEntry("teachers", 10L).containsEntry("mentees", 7L)
                .containsEntry("menteesCounted", "педагоги-наставляемые");
        Target mentors = TargetCalculator.mentors(in);
        assertThat(mentors.value()).isEqualTo(9.0);
        assertThat(mentors.met()).isFalse();
    }

    @Test
    void aFallNeedsShnorTheYearBeforeAndCanBeNegative() {
        Inputs none = inputs(Map.of("a", counts("a", 1, 0, 0)), Map.of("a", Set.of("LOW_RESULTS")), Map.of(),
                new Satisfaction(0, 0, 7));
        Target t = TargetCalculator.decline(none);
        assertThat(t.value()).isNull();
        assertThat(t.met()).isNull();
        assertThat(t.unavailableReason()).contains("не было ШНОР");

        Inputs rise = inputs(Map.of("a", counts("a", 1, 0, 0), "b", counts("b", 1, 0, 0)),
                Map.of("a", Set.of("LOW_RESULTS"), "b", Set.of("LOW_RESULTS")), Map.of("a", Set.of("LOW_RESULTS")),
                new Satisfaction(0, 0, 7));
        assertThat(TargetCalculator.decline(rise).value()).isEqualTo(-100.0);
        assertThat(TargetCalculator.decline(rise).met()).isFalse();
    }

    @Test
    void aSchoolWithoutARegistryCountMakesTheShareUnavailableRatherThanSmaller() {
        Inputs in = new Inputs(2026, List.of("a", "b"), true, Available.of(Map.of("a", counts("a", 10, 1, 1))),
                Available.of(Map.of()), Available.of(Map.of()), new Satisfaction(0, 0, 7), new Satisfaction(0, 0, 7), NO_SCORES);
        Target t = TargetCalculator.mentors(in);
        assertThat(t.value()).isNull();
        assertThat(t.unavailableReason()).isEqualTo("Реестр не сообщил число педагогов школы b");
    }

    @Test
    void theCompetencyRiseRestsOnTeachersTestedTwice() {
        Inputs in = new Inputs(2026, List.of("a"), true, Available.of(Map.of()), Available.of(Map.of()), Available.of(Map.of()),
                new Satisfaction(0, 0, 7), new Satisfaction(0, 0, 7),
                new CompetencyViews.Figures(null, 3, 2, 2, 40.0, 52.0, 30.0));
        Target t = TargetCalculator.competency(in);
        assertThat(t.value()).isEqualTo(30.0);
        assertThat(t.met()).isTrue();
        assertThat(t.basis()).containsEntry("teachersWithBoth", 2L);
    }
}
