package ru.mentoring.web.mentoring;

/**
 * A change request about a pair as typed: MENTOR_REPLACEMENT (the mentee asks for another mentor,
 * {@code participantId} the mentee) or MENTOR_RELIEF (the mentor asks to be relieved).
 */
public record ChangeRequestForm(String kind, String participantId, String requestedOn, String reason) {
}
