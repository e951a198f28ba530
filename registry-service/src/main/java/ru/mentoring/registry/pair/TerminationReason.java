package ru.mentoring.registry.pair;

/** Why a pair ended before its programme was completed (docs/domain.md §2). */
enum TerminationReason {

    MENTOR_REPLACED_AT_MENTEE_REQUEST("замена наставника по запросу наставляемого"),
    MENTOR_RELIEVED_AT_OWN_REQUEST("освобождение наставника по его просьбе"),
    CONSENT_WITHDRAWN("отзыв согласия"),
    /** needs a note that says what happened */
    OTHER("иная причина");

    private final String label;

    TerminationReason(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
