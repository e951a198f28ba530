package ru.mentoring.web.mentoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Public for the templates' expressions only. The shapes of registry-service's answers these pages
 * read (pair/, bank/, matching/, programme/, school/); unknown fields are ignored.
 */
public final class MentoringApi {

    private MentoringApi() {
    }

    /** The registry's page: {@code page} counts from 0. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page<T>(List<T> items, int page, int size, long total) {

        public Page {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record School(String code, String shortName, String municipalityCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Topic(UUID id, UUID participantId, String subject, String topic) {
    }

    /** A mentee's request (запрос наставляемого) as the bank shows it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BankRequest(UUID id, UUID participantId, String difficultyKind, String difficultyKindLabel, String subject,
            String text, String status, String statusLabel) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MentorEntry(UUID id, String schoolCode, String schoolShortName, String kind, String lastName, String firstName,
            String middleName, String subjects, Integer experienceYears, String qualificationCategory, boolean youngSpecialist,
            boolean consentInForce, int activePairs, String status, String statusLabel, List<Topic> topics) {

        public MentorEntry {
            topics = topics == null ? List.of() : List.copyOf(topics);
        }

        public String fullName() {
            return Names.full(lastName, firstName, middleName);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MenteeEntry(UUID id, String schoolCode, String schoolShortName, String kind, String lastName, String firstName,
            String middleName, String subjects, Integer experienceYears, String qualificationCategory, boolean youngSpecialist,
            Integer grade, boolean consentInForce, int activePairs, String status, String statusLabel, List<BankRequest> requests) {

        public MenteeEntry {
            requests = requests == null ? List.of() : List.copyOf(requests);
        }

        public String fullName() {
            return Names.full(lastName, firstName, middleName);
        }

        public List<BankRequest> openRequests() {
            return requests.stream().filter(BankRequest::open).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Participant(UUID id, String schoolCode, String kind, String lastName, String firstName, String middleName) {
    }

    // ---------------------------------------------------------------- matching

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Suggestions(RequestSummary request, ClassificationUse classification, int candidates,
            List<Suggested> suggestions) {

        public Suggestions {
            suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RequestSummary(UUID id, String difficultyKind, String difficultyKindLabel, String subject, String text,
            UUID menteeId, String menteeLastName, String menteeFirstName, String menteeSchoolCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClassificationUse(boolean used, Integer year, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Suggested(int rank, int score, SuggestedMentor mentor, List<String> schoolStatuses, List<String> reasons) {

        public Suggested {
            schoolStatuses = schoolStatuses == null ? List.of() : List.copyOf(schoolStatuses);
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SuggestedMentor(UUID id, String schoolCode, String schoolShortName, String lastName, String firstName,
            String middleName, String subjects, Integer experienceYears, String qualificationCategory, boolean youngSpecialist,
            int activePairs, boolean consentInForce, List<Topic> topics) {

        public SuggestedMentor {
            topics = topics == null ? List.of() : List.copyOf(topics);
        }

        public String fullName() {
            return Names.full(lastName, firstName, middleName);
        }
    }

    // ---------------------------------------------------------------- pairs

    /**
     * A member; the other school's member of a cross-school pair comes without id and kind.
     *
     * @param leadMentor     a mentee's: whether this pair's mentor is their lead mentor (of several mentors of the form, one
     *                       leads; a mentee's only mentor leads too); null for the mentor
     * @param severalMentors a mentee's of an active pair: whether they have more than one active pair of the form (the
     *                       registry counts all of them, listed on this page or not); null when the registry does not say
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(UUID participantId, String role, String schoolCode, String schoolShortName, String kind,
            String lastName, String firstName, String middleName, Boolean leadMentor, Boolean severalMentors) {

        public Member(UUID participantId, String role, String schoolCode, String schoolShortName, String kind, String lastName,
                String firstName, String middleName) {
            this(participantId, role, schoolCode, schoolShortName, kind, lastName, firstName, middleName, null, null);
        }

        public Member(UUID participantId, String role, String schoolCode, String schoolShortName, String kind, String lastName,
                String firstName, String middleName, Boolean leadMentor) {
            this(participantId, role, schoolCode, schoolShortName, kind, lastName, firstName, middleName, leadMentor, null);
        }

        public boolean leads() {
            return Boolean.TRUE.equals(leadMentor);
        }

        public String fullName() {
            return Names.full(lastName, firstName, middleName);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pair(UUID id, String form, String formLabel, String interactionModel, String interactionModelLabel, String kind,
            String kindLabel, String orderNumber, LocalDate orderDate, LocalDate startDate, LocalDate endDate, String status,
            String statusLabel, String terminationReason, String terminationReasonLabel, String terminationNote, LocalDate endedOn,
            boolean crossSchool, Member mentor, List<Member> mentees, String createdBy, OffsetDateTime createdAt) {

        public Pair {
            mentees = mentees == null ? List.of() : List.copyOf(mentees);
        }

        public boolean active() {
            return Stage.isActive(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record History(OffsetDateTime at, String actor, String action, String fromStatus, String toStatus, String details) {
    }

    /** The mentor's report on a stage of the pair («отчёт наставника»). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(UUID id, UUID pairId, String stage, String stageLabel, String text, String writtenBy, OffsetDateTime writtenAt) {
    }

    /** A mentee's proposal for the programme and the curator's decision on it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Proposal(UUID id, UUID pairId, String text, String proposedBy, OffsetDateTime proposedAt, String status,
            String statusLabel, String decidedBy, OffsetDateTime decidedAt, String decisionNote) {

        public boolean pending() {
            return "PENDING".equals(status);
        }
    }

    /** A change request about a pair (замена наставника, освобождение наставника). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChangeRequest(UUID id, UUID pairId, String kind, String kindLabel, Member participant, LocalDate requestedOn,
            String reason, String status, String statusLabel, String recordedBy, OffsetDateTime recordedAt, String decidedBy,
            OffsetDateTime decidedAt, String decisionNote) {

        public boolean pending() {
            return "PENDING".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Labelled(String code, String label) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FormEntry(String code, String label, List<String> mentorKinds, List<String> menteeKinds,
            List<Labelled> interactionModels) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KindEntry(String code, String label, int minMentees, Integer maxMentees) {
    }

    /** The registry's labels for forms, models, kinds, statuses, termination reasons and request kinds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Catalog(List<FormEntry> forms, List<KindEntry> kinds, List<Labelled> statuses, List<Labelled> terminationReasons,
            List<Labelled> requestKinds) {

        public Catalog {
            forms = forms == null ? List.of() : List.copyOf(forms);
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
            statuses = statuses == null ? List.of() : List.copyOf(statuses);
            terminationReasons = terminationReasons == null ? List.of() : List.copyOf(terminationReasons);
            requestKinds = requestKinds == null ? List.of() : List.copyOf(requestKinds);
        }

        public String statusLabel(String code) {
            return code == null ? null : statuses.stream().filter(s -> s.code().equals(code)).map(Labelled::label).findFirst().orElse(null);
        }
    }

    // ---------------------------------------------------------------- programme

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Programme(UUID pairId, List<String> goals, List<String> difficulties, List<Event> events, int eventCount,
            int doneCount, String updatedBy, OffsetDateTime updatedAt) {

        public Programme {
            goals = goals == null ? List.of() : List.copyOf(goals);
            difficulties = difficulties == null ? List.of() : List.copyOf(difficulties);
            events = events == null ? List.of() : List.copyOf(events);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(UUID id, LocalDate date, String event, String expectedResult, boolean done) {
    }
}
