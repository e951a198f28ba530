package ru.mentoring.monitoring.plan;

import java.time.LocalDate;
import java.time.YearMonth;

import ru.mentoring.monitoring.web.ProgrammeYears;

/**
 * Dates of the plan: a programme year Y runs from September of Y to August of Y + 1 ({@link ProgrammeYears};
 * the seed's plan starts in October and ends in June), so a due month of 9..12 falls in Y and 1..8 in Y + 1. An event
 * is overdue the day after the last day of its due month, unless it is done or cancelled.
 */
final class PlanCalendar {

    private PlanCalendar() {
    }

    static LocalDate dueDate(int programmeYear, Integer dueMonth) {
        if (dueMonth == null) {
            return null;
        }
        int year = ProgrammeYears.calendarYearOf(programmeYear, dueMonth);
        return YearMonth.of(year, dueMonth).atEndOfMonth();
    }

    static boolean overdue(int programmeYear, Integer dueMonth, EventStatus status, LocalDate today) {
        LocalDate due = dueDate(programmeYear, dueMonth);
        return due != null && status.open() && today.isAfter(due);
    }
}
