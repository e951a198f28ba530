package ru.mentoring.monitoring.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recommendation and the school's decision on it.
 *
 * @param schoolName the school's short name from the registry (null when the registry did not answer)
 * @param overdue    a decision whose due date has passed and that is not done, or no decision a month
 *                   after the recommendation
 */
record RecommendationView(UUID id, int programmeYear, String municipalityCode, String schoolCode, String schoolName,
        UUID roundId, String text, String recommendedBy, Instant recommendedAt, String decision, LocalDate dueDate,
        LocalDate doneOn, String decidedBy, Instant decidedAt, boolean overdue) {
}
