package ru.mentoring.registry.bank;

import java.util.List;
import java.util.UUID;

import ru.mentoring.registry.participant.ParticipantKind;

public final class BankViews {

    private BankViews() {
    }

    public record TopicView(UUID id, UUID participantId, String subject, String topic) {

        static TopicView of(MentorTopic t) {
            return new TopicView(t.getId(), t.getParticipantId(), t.getSubject(), t.getTopic());
        }
    }

    public record RequestView(UUID id, UUID participantId, DifficultyKind difficultyKind, String difficultyKindLabel,
            String subject, String text, MenteeRequestStatus status, String statusLabel) {

        static RequestView of(MenteeRequest r) {
            return new RequestView(r.getId(), r.getParticipantId(), r.getDifficultyKind(), r.getDifficultyKind().label(),
                    r.getSubject(), r.getText(), r.getStatus(), r.getStatus().label());
        }
    }

    /** Whether the person is in an active pair in the bank's role: свободен / в паре. */
    public enum BankStatus {
        FREE("свободен"),
        IN_PAIR("в паре");

        private final String label;

        BankStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record MentorEntry(UUID id, String schoolCode, String schoolShortName, String externalKey, ParticipantKind kind,
            String lastName, String firstName, String middleName, String subjects, Integer experienceYears,
            String qualificationCategory, boolean youngSpecialist, boolean consentInForce, int activePairs,
            BankStatus status, String statusLabel, List<TopicView> topics) {
    }

    public record MenteeEntry(UUID id, String schoolCode, String schoolShortName, String externalKey, ParticipantKind kind,
            String lastName, String firstName, String middleName, String subjects, Integer experienceYears,
            String qualificationCategory, boolean youngSpecialist, Integer grade, boolean consentInForce, int activePairs,
            BankStatus status, String statusLabel, List<RequestView> requests) {
    }
}
