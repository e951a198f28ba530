package ru.mentoring.monitoring.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCalendarTest {

    @Test
    void autumnMonthsFallInTheProgrammeYearAndTheRestInTheNext() {
        assertThat(PlanCalendar.dueDate(2026, 10)).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(PlanCalendar.dueDate(2026, 1)).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(PlanCalendar.dueDate(2027, 2)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(PlanCalendar.dueDate(2026, null)).isNull();
    }

    @Test
    void anOpenEventIsOverdueFromTheDayAfterItsMonth() {
        assertThat(PlanCalendar.overdue(2026, 10, EventStatus.PLANNED, LocalDate.of(2026, 10, 31))).isFalse();
        assertThat(PlanCalendar.overdue(2026, 10, EventStatus.IN_PROGRESS, LocalDate.of(2026, 11, 1))).isTrue();
        assertThat(PlanCalendar.overdue(2026, 10, EventStatus.DONE, LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(PlanCalendar.overdue(2026, 10, EventStatus.CANCELLED, LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(PlanCalendar.overdue(2026, null, EventStatus.PLANNED, LocalDate.of(2030, 1, 1))).isFalse();
    }
}
