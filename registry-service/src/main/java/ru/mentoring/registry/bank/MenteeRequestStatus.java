package ru.mentoring.registry.bank;

public enum MenteeRequestStatus {
    OPEN("открыт"),
    CLOSED("закрыт");

    private final String label;

    MenteeRequestStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
