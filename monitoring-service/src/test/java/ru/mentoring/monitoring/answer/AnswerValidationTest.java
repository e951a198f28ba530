package ru.mentoring.monitoring.answer;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.mentoring.monitoring.questionnaire.ItemType;
import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.questionnaire.Stage;
import ru.mentoring.monitoring.questionnaire.TemplateView;
import ru.mentoring.monitoring.questionnaire.TemplateView.ItemView;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a filled questionnaire, without Spring or a database. */
class AnswerValidationTest {

    static final TemplateView FORM = new TemplateView(1, "T", 1, "Анкета", null, RespondentRole.MENTEE, Stage.AFTER, null, null,
            List.of(item("yes", 1, ItemType.YES_NO, true), item("score", 2, ItemType.SCALE_1_10, true),
                    item("often", 3, ItemType.FREQUENCY, true), item("note", 4, ItemType.FREE_TEXT, false)));

    @Test
    void theBoundsOfTheScaleAreAcceptedAndOneBeyondIsNot() {
        assertThat(check(true, 1, "часто").valid()).isTrue();
        assertThat(check(true, 10, "часто").valid()).isTrue();
        assertThat(check(true, 0, "часто").problems()).containsExactly(new AnswerValidation.Problem("score", AnswerValidation.SCALE));
        assertThat(check(true, 11, "часто").problems()).containsExactly(new AnswerValidation.Problem("score", AnswerValidation.SCALE));
        assertThat(check(true, 7.0, "часто").valid()).isTrue();
        assertThat(check(true, 7.5, "часто").valid()).isFalse();
        assertThat(check(true, Long.MAX_VALUE, "часто").valid()).isFalse();
    }

    @Test
    void frequencyOptionsForgiveCaseSpacesAndTheKindOfDashButNothingElse() {
        assertThat(AnswerValidation.frequencyOption("Очень часто")).contains("очень часто");
        assertThat(AnswerValidation.frequencyOption("1-2раза")).contains("1–2 раза");
        assertThat(AnswerValidation.frequencyOption("1 - 2 раза")).contains("1–2 раза");
        assertThat(AnswerValidation.frequencyOption("Никогда")).contains("никогда");
        assertThat(AnswerValidation.frequencyOption("иногда")).isEmpty();
        assertThat(AnswerValidation.frequencyOption("часто, редко")).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceInTheOrderOfTheForm() {
        AnswerValidation.Outcome outcome = AnswerValidation.check(FORM, List.of(
                new AnswerRequest.Answer("often", "порой"), new AnswerRequest.Answer("yes", 1)));
        assertThat(outcome.problems()).extracting(AnswerValidation.Problem::itemKey).containsExactly("yes", "score", "often");
        assertThat(outcome.accepted()).isEmpty();
    }

    @Test
    void anEmptyOptionalTextIsNoAnswerAndAFilledOneIsTrimmed() {
        AnswerValidation.Outcome empty = AnswerValidation.check(FORM, answers(true, 5, "редко", "   "));
        assertThat(empty.valid()).isTrue();
        assertThat(empty.accepted()).extracting(AnswerValidation.AcceptedAnswer::itemKey).containsExactly("yes", "score", "often");
        AnswerValidation.Outcome filled = AnswerValidation.check(FORM, answers(true, 5, "редко", " всё хорошо "));
        assertThat(filled.accepted()).last().extracting(AnswerValidation.AcceptedAnswer::text).isEqualTo("всё хорошо");
    }

    @Test
    void aBlankItemKeyIsNamedByItsPositionInTheList() {
        AnswerValidation.Outcome outcome = AnswerValidation.check(FORM, List.of(new AnswerRequest.Answer(" ", true)));
        assertThat(outcome.problems()).contains(new AnswerValidation.Problem("answers[0].itemKey", AnswerValidation.NO_KEY));
    }

    private static AnswerValidation.Outcome check(Object yes, Object score, Object often) {
        return AnswerValidation.check(FORM, answers(yes, score, often, null));
    }

    private static List<AnswerRequest.Answer> answers(Object yes, Object score, Object often, Object note) {
        return List.of(new AnswerRequest.Answer("yes", yes), new AnswerRequest.Answer("score", score),
                new AnswerRequest.Answer("often", often), new AnswerRequest.Answer("note", note));
    }

    private static ItemView item(String key, int position, ItemType type, boolean required) {
        return new ItemView(key, position, key, type, required, type.options(), null, null);
    }
}
