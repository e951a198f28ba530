package ru.mentoring.monitoring.round;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.web.ProgrammeYear;

/**
 * Opens a round, one of two ways. {@code fromPairs: true}: the respondents are the school's mentors
 * or mentees (as the questionnaire is for) of the registry's pairs that ran in the programme year,
 * each with their pair's form and interaction model. Else the respondents are listed by hand
 * (participant ids of the registry), and {@code form}, optional, is the form of the pairs asked about.
 * {@code overrideReason}: the coordinator's reason to open an after-round although some pairs are
 * still at their first stage.
 */
record CreateRoundRequest(
        @NotNull(message = "Укажите год программы") @ProgrammeYear Integer programmeYear,
        @NotBlank(message = "Укажите код школы") @Size(max = 64, message = "Не длиннее 64 символов") String schoolCode,
        @NotBlank(message = "Укажите код анкеты") @Size(max = 64, message = "Не длиннее 64 символов") String templateCode,
        @NotNull(message = "Укажите срок действия ссылок в днях") @Min(value = 1, message = "Срок от 1 до 365 дней") @Max(value = 365, message = "Срок от 1 до 365 дней") Integer validityDays,
        @Size(max = 5000, message = "Не больше 5000 участников в одном опросе") List<@NotNull(message = "Пустая запись участника") @Valid Respondent> respondents,
        MentoringForm form,
        Boolean fromPairs,
        @Size(max = 1000, message = "Не длиннее 1000 символов") String overrideReason) {

    boolean takesPairs() {
        return Boolean.TRUE.equals(fromPairs);
    }

    public record Respondent(
            @NotNull(message = "Укажите участника (id из реестра)") UUID participantId,
            @NotNull(message = "Укажите роль: MENTOR или MENTEE") RespondentRole role,
            UUID pairId) {
    }
}
