package ru.mentoring.monitoring.targets;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import ru.mentoring.monitoring.competency.SchoolScores;
import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.monitoring.index.IndexClassifications;
import ru.mentoring.monitoring.index.LowResultList;
import ru.mentoring.monitoring.registry.RegistryFigures.SchoolCounts;
import ru.mentoring.monitoring.targets.TargetCalculator.Inputs;
import ru.mentoring.monitoring.targets.TargetCalculator.Period;
import ru.mentoring.monitoring.targets.TargetCalculator.Satisfaction;
import ru.mentoring.monitoring.targets.TargetViews.Target;

import static org.assertj.core.api.Assertions.assertThat;

class TargetCalculatorTest {

    static final List<SchoolScores> NO_SCORES = List.of();
    static final Period PROGRAMME = new Period(2023, 2025);
    /** Short names of some schools; the others have none (the registry did not name them). */
    static final Map<String, String> NAMES = Map.of("a", "СОШ № 5", "g", "Гимназия № 1");

    static Inputs inputs(Map<String, SchoolCounts> counts, Map<String, Set<String>> now, Map<String, Set<String>> before,
            Satisfaction mentees) {
        return new Inputs(2026, PROGRAMME, List.copyOf(counts.keySet()), true, Available.of(counts), computed(2026, now),
                computed(2025, before), computed(2023, Map.of()), mentees, new Satisfaction(0, 0, 7), NO_SCORES, Map.of(), null);
    }

    static Available<LowResultList> computed(int year, Map<String, Set<String>> statuses) {
        return Available.of(LowResultList.computed(year, statuses));
    }

    static Available<LowResultList> low(int year, boolean official, String... schools) {
        return Available.of(new LowResultList(year, Set.of(schools), official));
    }

    /** Municipality-wide inputs over these schools with only the ШНОР lists and the competency scores set. */
    static Inputs lists(int year, List<String> schools, Available<LowResultList> now, Available<LowResultList> firstYear,
            List<SchoolScores> competency) {
        return new Inputs(year, PROGRAMME, schools, true, Available.of(Map.of()), now, now, firstYear,
                new Satisfaction(0, 0, 7), new Satisfaction(0, 0, 7), competency, NAMES, null);
    }

    static SchoolScores scores(String school, long paired, int sumBefore, int sumAfter) {
        return new SchoolScores(school, paired, paired, paired, BigDecimal.valueOf(sumBefore), BigDecimal.valueOf(sumAfter));
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
        Inputs in = new Inputs(2026, PROGRAMME, List.of("a", "b"), true, Available.of(Map.of("a", counts("a", 10, 1, 1))),
                computed(2026, Map.of()), computed(2025, Map.of()), computed(2023, Map.of()), new Satisfaction(0, 0, 7),
                new Satisfaction(0, 0, 7), NO_SCORES, Map.of(), null);
        Target t = TargetCalculator.mentors(in);
        assertThat(t.value()).isNull();
        assertThat(t.unavailableReason()).isEqualTo("Реестр не сообщил число педагогов школы «b»");
    }

    @Test
    void theCompetencyRiseRestsOnTeachersTestedTwice() {
        // two teachers of ШНОР a: 50 → 65 and 30 → 39: mean 40 → 52, +30 %
        Inputs in = lists(2026, List.of("a"), low(2026, false, "a"), low(2023, false), List.of(scores("a", 2, 80, 104)));
        Target t = TargetCalculator.competency(in);
        assertThat(t.value()).isEqualTo(30.0);
        assertThat(t.met()).isTrue();
        assertThat(t.basis()).containsEntry("teachersWithBoth", 2L);
    }

    @Test
    void theCompetencyRiseCountsTheTeachersOfShnorSchoolsOnly() {
        // a (ШНОР): 2 teachers, 80 → 104 (+30 %); g (gymnasium, not ШНОР): 3 teachers, 210 → 210.
        // Over everyone it would be 290 → 314, +8.3 %; over ШНОР teachers it is +30 %.
        List<SchoolScores> scores = List.of(scores("a", 2, 80, 104), scores("g", 3, 210, 210));
        Target t = TargetCalculator.competency(lists(2026, List.of("a", "g"), low(2026, false, "a"), low(2023, false), scores));
        assertThat(t.value()).isEqualTo(30.0);
        assertThat(t.basis()).containsEntry("teachersWithBoth", 2L).containsEntry("meanBefore", 40.0)
                .containsEntry("meanAfter", 52.0).containsEntry("teachersOfOtherSchools", 3L)
                .containsEntry("lowResultSchools", List.of(new BasisSchool("a", "СОШ № 5")));
        assertThat(BasisText.of(t)).contains("перечень ШНОР: рассчитанная классификация 2026 года (официальный перечень не загружен)")
                .contains("не учтены педагоги других школ с обоими баллами: 3");
    }

    @Test
    void theOfficialListDecidesWhichTeachersCountAndTheBasisSaysSo() {
        // the official list names g, not a: now g's teachers count (no rise), a's do not
        List<SchoolScores> scores = List.of(scores("a", 2, 80, 104), scores("g", 3, 210, 210));
        Target t = TargetCalculator.competency(lists(2026, List.of("a", "g"), low(2026, true, "g"), low(2023, true), scores));
        assertThat(t.value()).isEqualTo(0.0);
        assertThat(t.met()).isFalse();
        assertThat(t.basis()).containsEntry("teachersWithBoth", 3L).containsEntry("teachersOfOtherSchools", 2L);
        assertThat(BasisText.of(t)).contains("перечень ШНОР: официальный перечень ШНОР 2026 года");
    }

    @Test
    void aSchoolThatIsNotShnorHasNoCompetencyTarget() {
        Inputs gymnasium = new Inputs(2026, PROGRAMME, List.of("g"), false, Available.of(Map.of()), low(2026, false, "a"),
                low(2025, false, "a"), low(2023, false, "a"), new Satisfaction(0, 0, 7), new Satisfaction(0, 0, 7),
                List.of(scores("g", 3, 210, 240)), Map.of(), null);
        Target t = TargetCalculator.competency(gymnasium);
        assertThat(t.value()).isNull();
        assertThat(t.unavailableReason()).contains("не относится к ШНОР").contains("рассчитанная классификация 2026 года");
    }

    @Test
    void theProgrammeDeclineComparesThisYearsShnorWithTheFirstYears() {
        // 2023: a, b, c, d are ШНОР; 2025: a, e. 4 → 2: −50 %, the 50 % target is met
        List<String> schools = List.of("a", "b", "c", "d", "e", "f");
        Target t = TargetCalculator.programmeDecline(lists(2025, schools, low(2025, false, "a", "e"),
                low(2023, false, "a", "b", "c", "d"), NO_SCORES));
        assertThat(t.value()).isEqualTo(50.0);
        assertThat(t.target()).isEqualTo(50.0);
        assertThat(t.met()).isTrue();
        assertThat(t.basis()).containsEntry("lowResultSchoolsFirstYear", 4).containsEntry("lowResultSchoolsThisYear", 2)
                .containsEntry("firstYear", 2023).containsEntry("programmePeriod", "2023–2025");
        assertThat(BasisText.of(t)).contains("ШНОР в первый год программы: 4").contains("ШНОР в этом году: 2")
                // schools by short name, never by code; a school without a name in the registry keeps its code
                .contains("школы первого года программы: СОШ № 5, b, c, d").contains("школы этого года: СОШ № 5, e")
                .contains("рассчитанная классификация 2023 года");

        // 2023: three ШНОР; 2024: two — a third fewer, 33.3 %: not met
        Target less = TargetCalculator.programmeDecline(lists(2024, schools, low(2024, false, "a", "b"),
                low(2023, false, "a", "b", "c"), NO_SCORES));
        assertThat(less.value()).isEqualTo(33.3);
        assertThat(less.met()).isFalse();
    }

    @Test
    void theProgrammeDeclineHasNoValueInTheFirstYearOrForOneSchool() {
        List<String> schools = List.of("a", "b");
        Target first = TargetCalculator.programmeDecline(lists(2023, schools, low(2023, false, "a"), low(2023, false, "a"), NO_SCORES));
        assertThat(first.value()).isNull();
        assertThat(first.unavailableReason()).contains("Первый год программы (2023)");

        Inputs one = new Inputs(2025, PROGRAMME, List.of("a"), false, Available.of(Map.of()), low(2025, false),
                low(2024, false), low(2023, false, "a"), new Satisfaction(0, 0, 7), new Satisfaction(0, 0, 7), NO_SCORES, Map.of(), null);
        Target school = TargetCalculator.programmeDecline(one);
        assertThat(school.value()).isNull();
        assertThat(school.unavailableReason()).contains("муниципального уровня");
        assertThat(school.basis()).containsEntry("lowResultsFirstYear", true).containsEntry("lowResultsThisYear", false);
    }

    @Test
    void theYearlyAndTheProgrammeDeclineStandSideBySide() {
        Inputs in = new Inputs(2025, PROGRAMME, List.of("a", "b", "c", "d"), true, Available.of(Map.of()),
                low(2025, false, "a"), low(2024, false, "a", "b"), low(2023, false, "a", "b", "c", "d"),
                new Satisfaction(0, 0, 7), new Satisfaction(0, 0, 7), NO_SCORES, Map.of(), null);
        List<Target> all = TargetCalculator.targets(in);
        assertThat(all).extracting(Target::code).containsSubsequence("LOW_RESULT_SCHOOLS_DECLINE",
                "LOW_RESULT_SCHOOLS_PROGRAMME_DECLINE");
        // 2 → 1 on the year before: 50 % (target 40); 4 → 1 on 2023: 75 % (target 50)
        assertThat(TargetCalculator.decline(in).value()).isEqualTo(50.0);
        assertThat(TargetCalculator.programmeDecline(in).value()).isEqualTo(75.0);
    }

    @Test
    void theComputedListHoldsTheSchoolsWithTheLowResultsStatus() {
        LowResultList l = LowResultList.computed(2025, Map.of("a", Set.of(IndexClassifications.LOW_RESULTS, "UNFAVOURABLE_SOCIAL"),
                "b", Set.of("EFFECTIVE"), "c", Set.of()));
        assertThat(l.schools()).containsExactly("a");
        assertThat(l.official()).isFalse();
    }
}
