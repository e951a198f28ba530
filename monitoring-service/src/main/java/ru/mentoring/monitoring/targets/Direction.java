package ru.mentoring.monitoring.targets;

/**
 * The way a target without a threshold is expected to move (seed 003's learners' results): it is met
 * when the paired test finds a significant change this way.
 */
public enum Direction {
    RISE("значимый рост"),
    FALL("значимое снижение");

    private final String goal;

    Direction(String goal) {
        this.goal = goal;
    }

    /** The goal as the note and the workbook write it: «значимый рост», «значимое снижение». */
    public String goal() {
        return goal;
    }
}
