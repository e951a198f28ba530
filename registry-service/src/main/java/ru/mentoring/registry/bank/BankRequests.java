package ru.mentoring.registry.bank;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

final class BankRequests {

    private BankRequests() {
    }

    public record Topic(
            @NotBlank(message = "Укажите предмет") @Size(max = 100, message = "Не длиннее 100 символов") String subject,
            @NotBlank(message = "Укажите тему") @Size(max = 500, message = "Не длиннее 500 символов") String topic) {
    }

    /** {@code subject} is required for a subject difficulty and may be empty for a methodical one. */
    public record Request(
            @NotNull(message = "Укажите вид затруднения: SUBJECT (предметное) или METHODICAL (методическое)") DifficultyKind difficultyKind,
            @Size(max = 100, message = "Не длиннее 100 символов") String subject,
            @NotBlank(message = "Опишите затруднение") @Size(max = 2000, message = "Не длиннее 2000 символов") String text) {
    }

    public record Banks(boolean mentor, boolean mentee) {
    }
}
