package ru.mentoring.monitoring.centre;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The centre as the API shows and changes it. */
final class CentreViews {

    private CentreViews() {
    }

    /** The whole description of the centre, replacing the previous one (the form shows it all at once). */
    public record CentreRequest(
            @NotBlank(message = "Укажите название центра") @Size(max = 300, message = "Не длиннее 300 символов") String name,
            @NotBlank(message = "Укажите руководителя центра") @Size(max = 300, message = "Не длиннее 300 символов") String headName,
            @Size(max = 300, message = "Не длиннее 300 символов") String headPosition,
            @NotNull(message = "Укажите состав центра (может быть пустым)") @Size(max = 100, message = "Не больше 100 человек")
            List<@Valid @NotNull(message = "Пустая строка состава") StaffMember> staff) {
    }

    /** A person of the centre: a name and a position as typed (no registry record needed). */
    public record StaffMember(
            @NotBlank(message = "Укажите фамилию, имя, отчество") @Size(max = 300, message = "Не длиннее 300 символов") String fullName,
            @Size(max = 300, message = "Не длиннее 300 символов") String position,
            @NotNull(message = "Укажите роль в центре: MENTOR или CURATOR") CentreRole role) {
    }

    public record StaffView(String fullName, String position, CentreRole role, String roleLabel) {
    }

    /**
     * @param described whether the coordinator has described the centre yet (if not, every other field is empty)
     * @param updatedBy the coordinator's login; not shown to a department viewer
     */
    public record Centre(String municipalityCode, boolean described, String name, String headName, String headPosition,
            List<StaffView> staff, String updatedBy, Instant updatedAt) {
    }
}
