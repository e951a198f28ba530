package ru.mentoring.registry.programme;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

final class ProgrammeRequests {

    private ProgrammeRequests() {
    }

    /** The whole programme; a PUT replaces goals, difficulties and plan together. */
    public record Put(
            @NotEmpty(message = "Укажите хотя бы одну цель программы") @Size(max = 20, message = "Не больше 20 целей")
            List<@NotBlank(message = "Цель не может быть пустой") @Size(max = 1000, message = "Не длиннее 1000 символов") String> goals,
            @Size(max = 20, message = "Не больше 20 затруднений")
            List<@NotBlank(message = "Затруднение не может быть пустым") @Size(max = 1000, message = "Не длиннее 1000 символов") String> difficulties,
            @Size(max = 200, message = "Не больше 200 мероприятий") List<@Valid @NotNull(message = "Пустая строка плана") Event> events) {
    }

    public record Event(
            @NotNull(message = "Укажите дату мероприятия") LocalDate date,
            @NotBlank(message = "Укажите мероприятие") @Size(max = 500, message = "Не длиннее 500 символов") String event,
            @Size(max = 1000, message = "Не длиннее 1000 символов") String expectedResult,
            boolean done) {
    }

    public record Done(@NotNull(message = "Укажите, выполнено ли мероприятие") Boolean done) {
    }
}
