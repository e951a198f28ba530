package ru.mentoring.monitoring.round;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.web.ProgrammeYear;

/**
 * Opens a round. Respondents are listed explicitly (participant ids of the registry) until the
 * registry's pairs can be read. {@code form}, optional, is the form of mentoring of the pairs asked
 * about: the personal assessment and the dynamics can be read per form.
 */
record CreateRoundRequest(
        @NotNull(message = "Укажите год программы") @ProgrammeYear Integer programmeYear,
        @NotBlank(message = "Укажите код школы") @Size(max = 64, message = "Не длиннее 64 символов") String schoolCode,
        @NotBlank(message = "Укажите код анкеты") @Size(max = 64, message = "Не длиннее 64 символов") String templateCode,
        @NotNull(message = "Укажите срок действия ссылок в днях") @Min(value = 1, message = "Срок от 1 до 365 дней") @Max(value = 365, message = "Срок от 1 до 365 дней") Integer validityDays,
        @NotEmpty(message = "Укажите хотя бы одного участника") @Size(max = 5000, message = "Не больше 5000 участников в одном опросе") List<@NotNull(message = "Пустая запись участника") @Valid Respondent> respondents,
        MentoringForm form) {

    public record Respondent(
            @NotNull(message = "Укажите участника (id из реестра)") UUID participantId,
            @NotNull(message = "Укажите роль: MENTOR или MENTEE") RespondentRole role,
            UUID pairId) {
    }
}
