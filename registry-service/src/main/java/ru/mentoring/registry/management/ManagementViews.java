package ru.mentoring.registry.management;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The management's requests and answers. */
final class ManagementViews {

    private ManagementViews() {
    }

    /** A teacher of the school into its team (position held) or reserve (position prepared for). */
    record AddMember(
            @NotNull(message = "Укажите педагога") UUID participantId,
            @NotNull(message = "Укажите: управленческая команда или кадровый резерв") ManagementRole role,
            @NotBlank(message = "Укажите должность") @Size(max = 200, message = "Не длиннее 200 знаков") String position,
            LocalDate since) {
    }

    record ManagementMemberView(UUID id, UUID participantId, String fullName, ManagementRole role, String roleLabel, String position,
            LocalDate since) {
    }

    record SchoolManagement(String schoolCode, String schoolShortName, List<ManagementMemberView> team, List<ManagementMemberView> reserve) {
    }

    /** A school's counts, for the coordinator's table and the monitoring's note. */
    record SchoolManagementCounts(String schoolCode, String schoolShortName, long team, long reserve) {
    }
}
