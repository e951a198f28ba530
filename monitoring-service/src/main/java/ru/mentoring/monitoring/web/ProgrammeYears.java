package ru.mentoring.monitoring.web;

/** A programme year written in a file's cell, within the bounds {@link ProgrammeYear} holds the API to. */
public final class ProgrammeYears {

    public static final int MIN = 2000;
    public static final int MAX = 2100;

    private ProgrammeYears() {
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
