package ru.mentoring.monitoring.plan;

/** The kind of work of an event of the centre's plan: the four headings of «План работы МНЦ» (seed 004, appendix 1). */
enum Activity {
    RESEARCH("Исследовательская деятельность"), PROJECT("Проектная деятельность"),
    CONSULTING("Консультационная деятельность"), INFORMATION("Информационная деятельность");

    private final String label;

    Activity(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
