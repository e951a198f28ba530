package ru.mentoring.monitoring.answer;

import java.util.List;

/**
 * A filled questionnaire. {@code value} is a JSON boolean for yes/no, a whole number for a scale,
 * and a string for a frequency option or free text.
 */
record AnswerRequest(List<Answer> answers) {

    public record Answer(String itemKey, Object value) {
    }

    AnswerRequest {
        answers = answers == null ? List.of() : answers;
    }
}
