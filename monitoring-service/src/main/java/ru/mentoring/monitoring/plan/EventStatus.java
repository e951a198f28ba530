package ru.mentoring.monitoring.plan;

/** Status of an event of the plan, with the words the documents use. */
public enum EventStatus {
    PLANNED("запланировано"), IN_PROGRESS("выполняется"), DONE("выполнено"), CANCELLED("отменено");

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
