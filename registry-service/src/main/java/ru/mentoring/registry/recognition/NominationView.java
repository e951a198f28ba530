package ru.mentoring.registry.recognition;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A nomination as people read it: the school by short name, the nominee by name, the kind and status in words. */
record NominationView(UUID id, String schoolCode, String schoolShortName, int programmeYear, RecognitionKind kind,
        String kindLabel, UUID participantId, UUID pairId, String nominee, String justification, NominationStatus status,
        String statusLabel, String proposedBy, OffsetDateTime proposedAt, String decisionNote, String decidedBy,
        OffsetDateTime decidedAt) {
}
