package ru.mentoring.registry.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

record ConsentView(UUID id, UUID participantId, String schoolCode, LocalDate givenOn, String documentRef,
        String givenBy, boolean inForce, String recordedBy, OffsetDateTime recordedAt, LocalDate withdrawnOn,
        String withdrawalReason, String withdrawnBy) {

    static ConsentView of(Consent c) {
        return new ConsentView(c.getId(), c.getParticipantId(), c.getSchoolCode(), c.getGivenOn(), c.getDocumentRef(),
                c.getGivenBy(), c.isInForce(), c.getRecordedBy(), c.getRecordedAt(), c.getWithdrawnOn(),
                c.getWithdrawalReason(), c.getWithdrawnBy());
    }
}
