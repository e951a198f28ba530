package ru.mentoring.registry.recognition;

/** A nomination's state: proposed by the school, then awarded or declined by the coordinator. */
enum NominationStatus {

    PROPOSED("выдвинут"),
    AWARDED("поощрён"),
    DECLINED("не поддержан");

    private final String label;

    NominationStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
