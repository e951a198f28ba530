package ru.mentoring.registry.pair;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the pair endpoints. */
public final class PairRequests {

    private PairRequests() {
    }

    /** Forming a pair or group: one mentor, one or more mentees, fixed by an order (приказ о закреплении). */
    public record Create(
            @NotNull(message = "Укажите наставника") UUID mentorId,
            @NotEmpty(message = "Укажите хотя бы одного наставляемого") @Size(max = 30, message = "Не больше 30 наставляемых в группе") List<@NotNull(message = "Укажите наставляемого") UUID> menteeIds,
            @NotNull(message = "Укажите форму наставничества") MentoringForm form,
            @NotNull(message = "Укажите модель взаимодействия") InteractionModel interactionModel,
            @NotNull(message = "Укажите вид наставничества") PairKind kind,
            @NotBlank(message = "Укажите номер приказа о закреплении") @Size(max = 100, message = "Не длиннее 100 символов") String orderNumber,
            @NotNull(message = "Укажите дату приказа о закреплении") LocalDate orderDate,
            @NotNull(message = "Укажите дату начала программы") LocalDate startDate,
            @NotNull(message = "Укажите дату окончания программы") LocalDate endDate) {
    }

    /**
     * The next stage, completion, or termination. {@code terminationReason} is required for
     * TERMINATED, {@code note} for the reason OTHER.
     */
    public record StatusChange(
            @NotNull(message = "Укажите новый статус") PairStatus status,
            TerminationReason terminationReason,
            @Size(max = 1000, message = "Не длиннее 1000 символов") String note) {
    }

    /** A mentee's request to replace the mentor, or a mentor's request to be relieved (participantId may be omitted: the mentor). */
    public record ChangeRequestCreate(
            @NotNull(message = "Укажите вид запроса") ChangeRequestKind kind,
            UUID participantId,
            @NotNull(message = "Укажите дату обращения") LocalDate requestedOn,
            @NotBlank(message = "Укажите причину обращения") @Size(max = 2000, message = "Не длиннее 2000 символов") String reason) {
    }

    /** The curator's decision on a request. */
    public record Decision(
            @NotNull(message = "Укажите решение: approve = true (удовлетворить) или false (отклонить)") Boolean approve,
            @Size(max = 2000, message = "Не длиннее 2000 символов") String note) {
    }

    /** Makes the pair's mentor the lead mentor of one of its mentees (who has several mentors of the form). */
    public record LeadMentor(@NotNull(message = "Укажите наставляемого") UUID menteeId) {
    }
}
