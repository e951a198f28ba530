package ru.mentoring.registry.own;

/** The curator's decision on a mentee's proposal for the programme. */
enum ProposalStatus {
    PENDING("на рассмотрении"),
    ACCEPTED("принято"),
    DECLINED("отклонено");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
