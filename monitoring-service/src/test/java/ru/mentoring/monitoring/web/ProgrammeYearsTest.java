package ru.mentoring.monitoring.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeYearsTest {

    @Test
    void aProgrammeYearIsTheSchoolYearThatStartsInIt() {
        assertThat(ProgrammeYears.firstDay(2025)).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(ProgrammeYears.lastDay(2025)).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(ProgrammeYears.lastDay(2025).plusDays(1)).isEqualTo(ProgrammeYears.firstDay(2026));
    }

    @Test
    void septemberToDecemberFallInTheYearItselfTheOtherMonthsInTheNext() {
        assertThat(ProgrammeYears.calendarYearOf(2025, 9)).isEqualTo(2025);
        assertThat(ProgrammeYears.calendarYearOf(2025, 12)).isEqualTo(2025);
        assertThat(ProgrammeYears.calendarYearOf(2025, 1)).isEqualTo(2026);
        assertThat(ProgrammeYears.calendarYearOf(2025, 8)).isEqualTo(2026);
    }
}
