package ru.mentoring.monitoring.answer;

import java.time.Instant;

public record SubmissionReceipt(Instant submittedAt, int answered, String message) {
}
