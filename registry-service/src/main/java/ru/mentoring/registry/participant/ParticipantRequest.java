package ru.mentoring.registry.participant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record ParticipantRequest(
        @NotBlank(message = "Укажите ключ участника (например, табельный номер)") @Size(max = 100, message = "Не длиннее 100 символов") String externalKey,
        @NotNull(message = "Укажите категорию участника") ParticipantKind kind,
        @NotBlank(message = "Укажите фамилию") @Size(max = 100, message = "Не длиннее 100 символов") String lastName,
        @NotBlank(message = "Укажите имя") @Size(max = 100, message = "Не длиннее 100 символов") String firstName,
        @Size(max = 100, message = "Не длиннее 100 символов") String middleName,
        @Size(max = 500, message = "Не длиннее 500 символов") String subjects,
        @Min(value = 0, message = "Стаж не может быть отрицательным") @Max(value = 60, message = "Стаж не больше 60 лет") Integer experienceYears,
        @Size(max = 64, message = "Не длиннее 64 символов") String qualificationCategory,
        @Min(value = 1, message = "Класс от 1 до 11") @Max(value = 11, message = "Класс от 1 до 11") Integer grade) {
}
