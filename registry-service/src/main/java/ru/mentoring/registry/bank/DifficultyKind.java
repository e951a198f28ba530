package ru.mentoring.registry.bank;

/** Kinds of professional difficulty (профессиональные затруднения). */
public enum DifficultyKind {
    SUBJECT("предметное"),
    METHODICAL("методическое");

    private final String label;

    DifficultyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
