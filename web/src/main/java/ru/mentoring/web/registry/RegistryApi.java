package ru.mentoring.web.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The registry service's answers and requests as this application reads and sends them. */
public final class RegistryApi {

    private RegistryApi() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record School(String code, String fullName, String shortName, String kind, boolean advancedLevel, boolean rural,
            String municipalityCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Participant(UUID id, String schoolCode, String externalKey, String kind, String lastName, String firstName,
            String middleName, String subjects, Integer experienceYears, String qualificationCategory,
            boolean youngSpecialist, Integer grade, boolean inMentorBank, boolean inMenteeBank) {

        public String fullName() {
            return (lastName + " " + firstName + (middleName == null || middleName.isBlank() ? "" : " " + middleName)).strip();
        }
    }

    public record ParticipantRequest(String externalKey, String kind, String lastName, String firstName, String middleName,
            String subjects, Integer experienceYears, String qualificationCategory, Integer grade) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Consent(UUID id, LocalDate givenOn, String documentRef, String givenBy, boolean inForce, String recordedBy,
            OffsetDateTime recordedAt, LocalDate withdrawnOn, String withdrawalReason, String withdrawnBy) {
    }

    public record ConsentRequest(LocalDate givenOn, String documentRef, String givenBy) {
    }

    public record WithdrawalRequest(LocalDate withdrawnOn, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Withdrawal(Consent consent, List<UUID> terminatedPairIds) {
    }

    /** @param leadMentor a mentee's: whether the pair's mentor is their lead mentor; null for the mentor */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(UUID participantId, String role, String schoolShortName, String lastName, String firstName, String middleName,
            Boolean leadMentor) {

        public String fullName() {
            return (lastName + " " + firstName + (middleName == null || middleName.isBlank() ? "" : " " + middleName)).strip();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pair(UUID id, String form, String formLabel, String status, String statusLabel, LocalDate startDate,
            LocalDate endDate, Member mentor, List<Member> mentees) {

        public Pair {
            mentees = mentees == null ? List.of() : List.copyOf(mentees);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page<T>(List<T> items, int page, int size, long total) {

        public Page {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    public record SchoolRequest(String code, String fullName, String shortName, String kind, boolean advancedLevel, boolean rural,
            String municipalityCode) {
    }

    public record AdministratorRequest(String username, String email, String firstName, String lastName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Administrator(String schoolCode, String username, boolean userCreated, boolean invitationSent) {
    }

    /** An import's report; {@code topicsAdded} and {@code requestsAdded} are absent for pairs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportReport(String bank, int rows, int created, int updated, int unchanged, int topicsAdded, int requestsAdded) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuditChange(String field, String oldValue, String newValue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuditEntry(long id, OffsetDateTime at, String actor, List<String> schoolCodes, String entityType,
            String entityId, String action, List<AuditChange> changes) {

        public AuditEntry {
            schoolCodes = schoolCodes == null ? List.of() : List.copyOf(schoolCodes);
            changes = changes == null ? List.of() : List.copyOf(changes);
        }
    }

    /** A participant's own account as the registry linked it (login, roles, whether Keycloak made it and sent the invitation). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Account(UUID participantId, String username, List<String> roles, boolean userCreated, boolean invitationSent) {
    }
}
