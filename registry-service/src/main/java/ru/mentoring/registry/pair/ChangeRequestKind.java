package ru.mentoring.registry.pair;

/** Requests the curator decides; approving one ends the pair with the matching reason. */
enum ChangeRequestKind {

    /** the mentee asks for another mentor */
    MENTOR_REPLACEMENT("запрос наставляемого на замену наставника", TerminationReason.MENTOR_REPLACED_AT_MENTEE_REQUEST),
    /** the mentor asks to be relieved */
    MENTOR_RELIEF("просьба наставника об освобождении", TerminationReason.MENTOR_RELIEVED_AT_OWN_REQUEST);

    private final String label;
    private final TerminationReason reason;

    ChangeRequestKind(String label, TerminationReason reason) {
        this.label = label;
        this.reason = reason;
    }

    String label() {
        return label;
    }

    TerminationReason terminationReason() {
        return reason;
    }
}
