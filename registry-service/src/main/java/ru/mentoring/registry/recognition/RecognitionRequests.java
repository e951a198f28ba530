package ru.mentoring.registry.recognition;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the recognition's writes. */
final class RecognitionRequests {

    private RecognitionRequests() {
    }

    /** A nomination: a mentor ({@code participantId}) or a pair ({@code pairId}), as the kind asks. */
    record Nominate(
            @NotNull(message = "Укажите учебный год программы") @Min(value = 2000, message = "Год — от 2000 до 2100")
            @Max(value = 2100, message = "Год — от 2000 до 2100") Integer programmeYear,
            @NotNull(message = "Укажите номинацию") RecognitionKind kind,
            UUID participantId,
            UUID pairId,
            @NotBlank(message = "Укажите, за что выдвигается") @Size(max = 2000, message = "Не длиннее 2000 знаков") String justification) {
    }

    /** The coordinator's decision: awarded or not, with a note (required when declined). */
    record NominationDecision(
            @NotNull(message = "Укажите решение") Boolean awarded,
            @Size(max = 2000, message = "Не длиннее 2000 знаков") String note) {
    }
}
