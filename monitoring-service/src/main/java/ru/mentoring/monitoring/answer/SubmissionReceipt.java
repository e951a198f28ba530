package ru.mentoring.monitoring.answer;

import java.time.Instant;

record SubmissionReceipt(Instant submittedAt, int answered, String message) {
}
