package ru.mentoring.index.classification;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A classification run: which version computed it, when, who ran it, and the cohort-wide numbers
 * (quartile boundaries, means, regression weights and p-values) in {@code summary}.
 */
record RunSummary(UUID runId, int year, String methodologyVersion, OffsetDateTime computedAt, String computedBy,
        int schoolCount, @JsonRawValue String summary) {
}
