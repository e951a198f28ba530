package ru.mentoring.registry.pair;

enum ChangeRequestStatus {
    PENDING("на рассмотрении"),
    APPROVED("удовлетворён"),
    REJECTED("отклонён"),
    /** the pair ended for another reason before the curator decided */
    CANCELLED("снят: пара прекращена");

    private final String label;

    ChangeRequestStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
