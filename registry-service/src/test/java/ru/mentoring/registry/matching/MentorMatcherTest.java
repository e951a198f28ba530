package ru.mentoring.registry.matching;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.mentoring.registry.matching.MentorMatcher.Candidate;
import ru.mentoring.registry.matching.MentorMatcher.Need;
import ru.mentoring.registry.matching.MentorMatcher.Suggestion;
import ru.mentoring.registry.matching.MentorMatcher.Topic;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranking rule of {@link MentorMatcher}, criterion by criterion. */
class MentorMatcherTest {

    static final Need MATH = new Need(false, "Математика", "не получаются задачи с параметрами", "low-1");

    static Candidate candidate(String name, String school, List<String> subjects, List<Topic> topics, int load,
            Set<String> statuses) {
        return new Candidate(UUID.nameUUIDFromBytes(name.getBytes()), name, school, subjects, topics, load, 20, true, statuses);
    }

    static List<String> order(List<Suggestion> ranked) {
        return ranked.stream().map(s -> s.candidate().sortName()).toList();
    }

    @Test
    void theSameSubjectComesFirst() {
        List<Suggestion> ranked = MentorMatcher.rank(MATH, List.of(
                candidate("Физик", "a", List.of("физика"), List.of(), 0, Set.of()),
                candidate("Математик", "a", List.of("математика"), List.of(), 0, Set.of())), false);
        assertThat(order(ranked)).containsExactly("Математик", "Физик");
        assertThat(ranked.get(0).score()).isEqualTo(MentorMatcher.SAME_SUBJECT + 15);
        assertThat(ranked.get(0).reasons()).contains("преподаёт предмет «Математика»");
    }

    @Test
    void aTopicThatFitsTheDifficultyBeatsATopicThatOnlySharesTheSubject() {
        List<Suggestion> ranked = MentorMatcher.rank(MATH, List.of(
                candidate("Геометр", "a", List.of("математика"), List.of(new Topic("математика", "Стереометрия")), 0, Set.of()),
                candidate("Алгебраист", "a", List.of("математика"), List.of(new Topic("Математика", "Решение уравнений с параметром")), 0,
                        Set.of())), false);
        assertThat(order(ranked)).containsExactly("Алгебраист", "Геометр");
        assertThat(ranked.get(0).reasons()).contains("тема «Решение уравнений с параметром» отвечает на затруднение");
        assertThat(ranked.get(0).score() - ranked.get(1).score()).isEqualTo(MentorMatcher.TOPIC_FITS - MentorMatcher.TOPIC_IN_SUBJECT);
    }

    @Test
    void aTopicInTheSubjectCountsForAMentorWhoDoesNotTeachIt() {
        Suggestion s = MentorMatcher.rank(MATH, List.of(
                candidate("Физик", "a", List.of("физика"), List.of(new Topic("математика", "Олимпиадные задачи с параметром")), 0, Set.of())), false)
                .get(0);
        assertThat(s.reasons()).contains("есть тема наставничества по предмету «Математика»");
        assertThat(s.score()).isEqualTo(MentorMatcher.SAME_SUBJECT + MentorMatcher.TOPIC_FITS + 15);
    }

    @Test
    void anEffectiveOrStablyHighSchoolIsPreferredOnlyWhenTheClassificationIsKnown() {
        List<Candidate> two = List.of(
                candidate("Обычная", "a", List.of("математика"), List.of(), 0, Set.of("LOW_RESULTS")),
                candidate("Эффективная", "b", List.of("математика"), List.of(), 0, Set.of("EFFECTIVE")),
                candidate("Стабильная", "c", List.of("математика"), List.of(), 0, Set.of("STABLY_HIGH")));
        List<Suggestion> known = MentorMatcher.rank(MATH, two, true);
        assertThat(order(known).subList(0, 2)).containsExactlyInAnyOrder("Эффективная", "Стабильная");
        assertThat(known.get(2).candidate().sortName()).isEqualTo("Обычная");
        assertThat(known.get(0).reasons()).anyMatch(r -> r.startsWith("школа наставника"));

        List<Suggestion> unknown = MentorMatcher.rank(MATH, two, false);
        assertThat(unknown).allMatch(s -> s.score() == unknown.get(0).score());
        assertThat(unknown).allMatch(s -> s.reasons().stream().noneMatch(r -> r.startsWith("школа наставника")));
    }

    @Test
    void aMentorWithFewerActivePairsRanksHigher() {
        List<Suggestion> ranked = MentorMatcher.rank(MATH, List.of(
                candidate("Занятой", "a", List.of("математика"), List.of(), 3, Set.of()),
                candidate("Свободный", "a", List.of("математика"), List.of(), 0, Set.of()),
                candidate("Одна пара", "a", List.of("математика"), List.of(), 1, Set.of())), false);
        assertThat(order(ranked)).containsExactly("Свободный", "Одна пара", "Занятой");
        assertThat(ranked.get(2).reasons()).contains("высокая нагрузка: активных пар — 3");
    }

    @Test
    void theSameSchoolIsOnlyATieBreakerAndTheOtherSchoolIsSaid() {
        List<Suggestion> ranked = MentorMatcher.rank(MATH, List.of(
                candidate("Чужая", "other", List.of("математика"), List.of(), 0, Set.of()),
                candidate("Своя", "low-1", List.of("математика"), List.of(), 0, Set.of())), false);
        assertThat(order(ranked)).containsExactly("Своя", "Чужая");
        assertThat(ranked.get(0).reasons()).contains("та же школа, что у наставляемого");
        assertThat(ranked.get(1).reasons()).contains("другая школа");
        // an effective school elsewhere outweighs the same school
        List<Suggestion> effective = MentorMatcher.rank(MATH, List.of(
                candidate("Своя", "low-1", List.of("математика"), List.of(), 0, Set.of()),
                candidate("Чужая эффективная", "other", List.of("математика"), List.of(), 0, Set.of("EFFECTIVE"))), true);
        assertThat(effective.get(0).candidate().sortName()).isEqualTo("Чужая эффективная");
    }

    @Test
    void aMethodicalRequestWithoutSubjectMatchesOnTheTopicsWords() {
        Need methodical = new Need(true, null, "Как организовать проектную деятельность на уроке", "a");
        List<Suggestion> ranked = MentorMatcher.rank(methodical, List.of(
                candidate("Историк", "a", List.of("история"), List.of(new Topic("история", "Работа с источниками")), 0, Set.of()),
                candidate("Проектник", "a", List.of("технология"), List.of(new Topic("технология", "Проектная деятельность")), 0, Set.of())),
                false);
        assertThat(order(ranked)).containsExactly("Проектник", "Историк");
        assertThat(ranked.get(1).reasons()).noneMatch(r -> r.contains("предмет"));
    }

    @Test
    void aMissingConsentIsSaidButDoesNotHideTheMentor() {
        Candidate noConsent = new Candidate(UUID.randomUUID(), "Без согласия", "a", List.of("математика"), List.of(), 0, 10, false, null);
        Suggestion s = MentorMatcher.rank(MATH, List.of(noConsent), false).get(0);
        assertThat(s.reasons()).contains("нет действующего согласия: нужно до формирования пары");
    }

    @Test
    void tiesGoToTheLessLoadedThenTheMoreExperienced() {
        Candidate young = new Candidate(UUID.randomUUID(), "А", "a", List.of("математика"), List.of(), 0, 5, true, null);
        Candidate old = new Candidate(UUID.randomUUID(), "Б", "a", List.of("математика"), List.of(), 0, 30, true, null);
        assertThat(order(MentorMatcher.rank(MATH, List.of(young, old), false))).containsExactly("Б", "А");
    }

    @Test
    void wordsAreComparedByTheirFirstFiveLettersAbbreviationsCountAndGeneralWordsDoNot() {
        assertThat(MentorMatcher.stems("Задачи с параметрами, ёлка")).containsExactlyInAnyOrder("парам", "елка");
        assertThat(MentorMatcher.stems("Подготовка к ОГЭ по химии")).containsExactlyInAnyOrder("огэ", "химии");
        assertThat(MentorMatcher.stems(null)).isEmpty();
    }

    @Test
    void aGeneralWordAloneDoesNotMakeATopicFit() {
        Suggestion s = MentorMatcher.rank(MATH, List.of(
                candidate("Текстовик", "a", List.of("математика"), List.of(new Topic("математика", "Текстовые задачи")), 0, Set.of())),
                false).get(0);
        assertThat(s.reasons()).contains("есть темы по предмету, но не по этому затруднению");
    }
}
