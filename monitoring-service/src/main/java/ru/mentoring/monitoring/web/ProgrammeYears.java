package ru.mentoring.monitoring.web;

import java.time.LocalDate;
import java.time.Month;

/**
 * Programme years: a year written in a file's cell, within the bounds {@link ProgrammeYear} holds the
 * API to, and the one rule that turns a programme year into dates. Programme year Y is the school year
 * that starts in Y, 1 September of Y to 31 August of Y + 1 (the seeds' plan runs from September to
 * June; the note heads itself «2025/2026 учебный год»). Rounds from pairs, learners' indicators, the
 * note's registry sections and the plan's due months all read it from here.
 */
public final class ProgrammeYears {

    public static final int MIN = 2000;
    public static final int MAX = 2100;

    private ProgrammeYears() {
    }

    /** The first day of programme year Y: 1 September of Y. */
    public static LocalDate firstDay(int year) {
        return LocalDate.of(year, Month.SEPTEMBER, 1);
    }

    /** The last day of programme year Y: 31 August of Y + 1. */
    public static LocalDate lastDay(int year) {
        return LocalDate.of(year + 1, Month.AUGUST, 31);
    }

    /** The calendar year in which month {@code month} (1–12) of programme year Y falls: September–December in Y, else Y + 1. */
    public static int calendarYearOf(int year, int month) {
        return month >= firstDay(year).getMonthValue() ? year : year + 1;
    }

    /** The year, or null when the cell holds no whole number from {@link #MIN} to {@link #MAX}. */
    public static Integer read(String cell) {
        try {
            int y = Integer.parseInt(cell == null ? "" : cell.strip());
            return y >= MIN && y <= MAX ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
