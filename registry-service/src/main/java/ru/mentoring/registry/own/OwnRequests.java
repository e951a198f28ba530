package ru.mentoring.registry.own;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a mentor or mentee sends from their own account. */
final class OwnRequests {

    private OwnRequests() {
    }

    /** The stage report («отчёт наставника») on the pair's current stage. */
    record Report(@NotBlank(message = "Напишите отчёт") @Size(max = 10000, message = "Не длиннее 10000 символов") String text) {
    }

    /** A mentee's proposal for the programme. */
    record Proposal(@NotBlank(message = "Опишите предложение") @Size(max = 2000, message = "Не длиннее 2000 символов") String text) {
    }

    /** A request for another mentor (a mentee) or to be relieved (the mentor). */
    record ChangeRequest(@NotBlank(message = "Укажите причину обращения") @Size(max = 2000, message = "Не длиннее 2000 символов") String reason) {
    }

    record Done(@NotNull(message = "Укажите, выполнено ли мероприятие") Boolean done) {
    }

    /** The curator's decision on a mentee's proposal: accepted or declined, with an optional comment. */
    record ProposalDecision(
            @NotNull(message = "Укажите решение: accept = true (принять) или false (отклонить)") Boolean accept,
            @Size(max = 2000, message = "Не длиннее 2000 символов") String note) {
    }
}
