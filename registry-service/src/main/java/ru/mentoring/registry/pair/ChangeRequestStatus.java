package ru.mentoring.registry.pair;

public enum ChangeRequestStatus {
    PENDING("на рассмотрении"),
    APPROVED("удовлетворён"),
    REJECTED("отклонён"),
    /** the pair ended for another reason before the curator decided */
    CANCELLED("снят: пара прекращена");

    private final String label;

    ChangeRequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
