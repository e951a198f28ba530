package ru.mentoring.monitoring.targets;

/**
 * A school in a target's basis: the code for a client to match, the short name for a person to read
 * (the basis text names schools, never codes).
 */
record BasisSchool(String code, String name) {

    @Override
    public String toString() {
        return name;
    }
}
