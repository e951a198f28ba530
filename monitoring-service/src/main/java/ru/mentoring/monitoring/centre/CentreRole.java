package ru.mentoring.monitoring.centre;

/** A person's part in the centre besides its head, in the seed's words (seed 004, section 4). */
enum CentreRole {
    MENTOR("наставник – член управленческой команды"), CURATOR("куратор-методист");

    private final String label;

    CentreRole(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
