package ru.mentoring.registry.pair;

/** Kinds of mentoring (виды наставничества), seed 001, with the number of mentees each allows. */
public enum PairKind {

    VIRTUAL("виртуальное (дистанционное)", 1, Integer.MAX_VALUE),
    /** one mentor with a group of two or more mentees */
    GROUP("в группе", 2, Integer.MAX_VALUE),
    SHORT_TERM("краткосрочное (целеполагающее)", 1, Integer.MAX_VALUE),
    /** «один на один»: exactly one mentee */
    TRADITIONAL("традиционное «один на один»", 1, 1);

    private final String label;
    private final int minMentees;
    private final int maxMentees;

    PairKind(String label, int minMentees, int maxMentees) {
        this.label = label;
        this.minMentees = minMentees;
        this.maxMentees = maxMentees;
    }

    public String label() {
        return label;
    }

    boolean allows(int mentees) {
        return mentees >= minMentees && mentees <= maxMentees;
    }

    int minMentees() {
        return minMentees;
    }

    int maxMentees() {
        return maxMentees;
    }
}
