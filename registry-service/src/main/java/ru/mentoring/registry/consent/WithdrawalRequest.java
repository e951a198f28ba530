package ru.mentoring.registry.consent;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record WithdrawalRequest(
        @NotNull(message = "Укажите дату отзыва согласия") LocalDate withdrawnOn,
        @NotBlank(message = "Укажите причину отзыва согласия") @Size(max = 1000, message = "Не длиннее 1000 символов") String reason) {
}
