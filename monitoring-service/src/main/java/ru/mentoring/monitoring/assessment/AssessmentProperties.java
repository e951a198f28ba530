package ru.mentoring.monitoring.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code monitoring.assessment.*}: a respondent is satisfied with the joint work when they answer
 * «Насколько Вы довольны вашей совместной работой?» with at least {@code satisfiedFrom}, and with
 * the result when «Насколько оправдались Ваши ожидания?» is at least {@code resultSatisfiedFrom}
 * (by default the same threshold; seed 004 and docs/domain.md say 7).
 */
@Validated
@ConfigurationProperties("monitoring.assessment")
record AssessmentProperties(
        @DefaultValue("7") @Min(1) @Max(10) int satisfiedFrom,
        @Min(1) @Max(10) Integer resultSatisfiedFrom) {

    int jointWorkThreshold() {
        return satisfiedFrom;
    }

    int resultThreshold() {
        return resultSatisfiedFrom != null ? resultSatisfiedFrom : satisfiedFrom;
    }
}
