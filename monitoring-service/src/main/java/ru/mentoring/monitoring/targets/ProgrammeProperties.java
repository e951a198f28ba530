package ru.mentoring.monitoring.targets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code monitoring.programme.*}: the municipal programme's period (seed 004: «Срок действия
 * Программы 2023-2025 гг»). «Снизить количество ШНОР на 50%» is measured against the first year.
 */
@Validated
@ConfigurationProperties("monitoring.programme")
record ProgrammeProperties(
        @DefaultValue("2023") @Min(2000) @Max(2100) int firstYear,
        @DefaultValue("2025") @Min(2000) @Max(2100) int lastYear) {

    TargetCalculator.Period period() {
        return new TargetCalculator.Period(firstYear, lastYear);
    }
}
