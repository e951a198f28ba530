package ru.mentoring.monitoring.learners;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.mentoring.monitoring.learners.LearnerTable.Mentee;
import ru.mentoring.monitoring.learners.LearnerViews.Measure;
import ru.mentoring.monitoring.learners.LearnerViews.Status;
import ru.mentoring.monitoring.stats.PairedChange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The learners' paired tests on hand-computed cases. */
class LearnerStatisticsTest {

    @Test
    void aYesNoChangeIsTheExactSignTest() {
        // 6 left the register, none joined: P(X <= 0 | Bin(6, 1/2)) = 1/64, two-sided 2/64
        YesNoChange.Result allLeft = YesNoChange.of(0, 6);
        assertThat(allLeft.pValue()).isCloseTo(0.03125, within(1e-12));
        assertThat(allLeft.significant()).isTrue();
        // 1 joined, 4 left: P(X <= 1 | Bin(5, 1/2)) = 6/32, two-sided 12/32
        assertThat(YesNoChange.of(1, 4).pValue()).isCloseTo(0.375, within(1e-12));
        assertThat(YesNoChange.of(1, 4).significant()).isFalse();
        // as many joined as left: the two tails cover everything, p capped at 1
        assertThat(YesNoChange.of(3, 3).pValue()).isEqualTo(1.0);
        assertThat(YesNoChange.of(0, 0).pValue()).isNull();
        assertThat(YesNoChange.of(0, 0).significant()).isNull();
    }

    @Test
    void theMarksAndAbsencesAreTestedWithTheDynamicsWilcoxonTest() {
        List<Mentee> mentees = List.of(
                new Mentee(3.0, 4.0, 10, 4, true, false, false, true),
                new Mentee(3.0, 4.0, 8, 8, true, false, false, true),
                new Mentee(4.0, 4.0, 2, 0, false, false, true, true),
                new Mentee(3.0, 4.0, 12, 6, true, true, false, false),
                new Mentee(3.0, 3.5, 6, 7, false, false, false, true));
        List<Measure> measures = LearnerTable.measures(mentees);
        Measure marks = measures.get(0);
        assertThat(marks.key()).isEqualTo("AVERAGE_MARK");
        // means 16/5 = 3.2 and 19.5/5 = 3.9
        assertThat(marks.meanBefore()).isEqualTo(3.2);
        assertThat(marks.meanAfter()).isEqualTo(3.9);
        assertThat(marks.change()).isEqualTo(0.7);
        assertThat(marks.rose()).isEqualTo(4);
        assertThat(marks.unchanged()).isEqualTo(1);
        assertThat(marks.fell()).isZero();
        // differences 1, 1, 1, 0.5 (the zero dropped): ranks 3, 3, 3, 1, all positive; exact p = 2 * 1/16
        assertThat(marks.pValue()).isCloseTo(0.125, within(1e-12));
        assertThat(marks.method()).isEqualTo(PairedChange.Method.EXACT);
        assertThat(marks.significant()).isFalse();

        Measure absences = measures.get(1);
        assertThat(absences.meanBefore()).isEqualTo(7.6);
        assertThat(absences.meanAfter()).isEqualTo(5.0);
        assertThat(absences.rose()).isEqualTo(1);
        assertThat(absences.fell()).isEqualTo(3);
        assertThat(absences.unchanged()).isEqualTo(1);

        List<Status> statuses = LearnerTable.statuses(mentees);
        Status register = statuses.get(0);
        assertThat(register.key()).isEqualTo("ON_REGISTER");
        assertThat(register.before()).isEqualTo(3);
        assertThat(register.after()).isEqualTo(1);
        assertThat(register.lost()).isEqualTo(2);
        assertThat(register.gained()).isZero();
        // 2 left, none joined: 2 * 1/4
        assertThat(register.pValue()).isCloseTo(0.5, within(1e-12));
        Status club = statuses.get(1);
        assertThat(club.before()).isEqualTo(1);
        assertThat(club.after()).isEqualTo(4);
        assertThat(club.gained()).isEqualTo(3);
        assertThat(club.lost()).isZero();
    }

    @Test
    void nobodyWithBothMomentsGivesNoMeansAndNoTest() {
        Measure marks = LearnerTable.measures(List.of()).get(0);
        assertThat(marks.meanBefore()).isNull();
        assertThat(marks.pValue()).isNull();
        assertThat(marks.method()).isEqualTo(PairedChange.Method.NONE);
        assertThat(LearnerTable.statuses(List.of()).get(0).before()).isZero();
    }
}
