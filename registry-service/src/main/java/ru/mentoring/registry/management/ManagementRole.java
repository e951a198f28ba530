package ru.mentoring.registry.management;

/** A teacher's place in the school's management: its team, or the personnel reserve (seed 004's words). */
enum ManagementRole {

    TEAM("член управленческой команды"),
    RESERVE("кадровый управленческий резерв");

    private final String label;

    ManagementRole(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
