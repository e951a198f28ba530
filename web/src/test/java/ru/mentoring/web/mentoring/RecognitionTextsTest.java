package ru.mentoring.web.mentoring;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.mentoring.web.mentoring.MentoringApi.Member;
import ru.mentoring.web.mentoring.MentoringApi.Pair;

import static org.assertj.core.api.Assertions.assertThat;

class RecognitionTextsTest {

    @Test
    void aShortNomineeIsShownWhole() {
        assertThat(RecognitionController.shortened("Иванова Анна Петровна", 90)).isNull();
        assertThat(RecognitionController.shortened(null, 90)).isNull();
    }

    @Test
    void aGroupsLongNomineeIsCutAtAWordWithAnEllipsisAndNoTrailingComma() {
        String group = "наставник Иванова Анна Петровна; наставляемые: Абрамов Илья, Белова Дарья, Васильев Кирилл, "
                + "Григорьева Мария, Денисов Пётр";
        String shown = RecognitionController.shortened(group, 90);
        assertThat(shown).hasSizeLessThanOrEqualTo(90).endsWith("…").doesNotContain(",…");
        assertThat(group).startsWith(shown.substring(0, shown.length() - 1));
        assertThat(shown.charAt(shown.length() - 2)).isNotEqualTo(' ');
    }

    @Test
    void aWordLongerThanTheLimitIsCutInside() {
        String shown = RecognitionController.shortened("а".repeat(200), 90);
        assertThat(shown).hasSize(90).endsWith("…");
    }

    @Test
    void aGroupPairIsOfferedWithThreeMenteesAndHowManyMore() {
        List<Member> mentees = List.of(mentee("Абрамов", "Илья"), mentee("Белова", "Дарья"), mentee("Васильев", "Кирилл"),
                mentee("Григорьева", "Мария"), mentee("Денисов", "Пётр"));
        Pair group = new Pair(UUID.randomUUID(), "STUDENT_STUDENT", "«Ученик – ученик»", null, null, null, null, null, null, null,
                null, "ACTIVE", null, null, null, null, null, false,
                new Member(UUID.randomUUID(), "MENTOR", "s", "МБОУ СОШ №4", "STUDENT", "Сидорова", "Ольга", null), mentees, null, null);
        assertThat(RecognitionController.pairChoice(group))
                .isEqualTo("Пара: Сидорова Ольга — Абрамов Илья, Белова Дарья, Васильев Кирилл и ещё 2 («Ученик – ученик»)");
    }

    private static Member mentee(String last, String first) {
        return new Member(UUID.randomUUID(), "MENTEE", "s", "МБОУ СОШ №4", "STUDENT", last, first, null);
    }
}
