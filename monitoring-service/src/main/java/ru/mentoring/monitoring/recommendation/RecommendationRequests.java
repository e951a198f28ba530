package ru.mentoring.monitoring.recommendation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ru.mentoring.monitoring.web.ProgrammeYear;

/** What the coordinator and the school send. */
final class RecommendationRequests {

    private RecommendationRequests() {
    }

    /** @param roundId the round whose results the recommendation rests on (optional; of the same school and year) */
    record Create(
            @NotNull(message = "Укажите год программы") @ProgrammeYear Integer programmeYear,
            @NotBlank(message = "Укажите код школы") @Size(max = 64, message = "Не длиннее 64 символов") String schoolCode,
            UUID roundId,
            @NotBlank(message = "Напишите рекомендацию") @Size(max = 2000, message = "Не длиннее 2000 символов") String text) {
    }

    /** @param doneOn the day the decision was carried out (optional, set when it is) */
    record Decision(
            @NotBlank(message = "Опишите принятое решение") @Size(max = 2000, message = "Не длиннее 2000 символов") String decision,
            @NotNull(message = "Укажите срок исполнения решения") LocalDate dueDate,
            LocalDate doneOn) {
    }
}
