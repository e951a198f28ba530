package ru.mentoring.registry.document;

/**
 * What a document is, with the seed's own names (seed 001, 1.6). The first three are what every school of the
 * target model must have; the coordinator's table of missing documents asks for them.
 */
enum DocumentKind {

    ORDER("Приказ о внедрении Целевой модели наставничества", true),
    REGULATION("Положение о Целевой модели наставничества", true),
    ROADMAP("План мероприятий (дорожная карта) внедрения Целевой модели наставничества", true),
    OTHER("Другой документ", false),
    /** Per pair, in the mentor's school: «или иной вариант, предусматривающий доплату наставнику». */
    MENTOR_AGREEMENT("Дополнительное соглашение к трудовому договору наставника", false);

    private final String label;
    private final boolean required;

    DocumentKind(String label, boolean required) {
        this.label = label;
        this.required = required;
    }

    String label() {
        return label;
    }

    /** Every school must have one (the coordinator's table). */
    boolean required() {
        return required;
    }

    /** A school's own document, not a pair's. */
    boolean ofSchool() {
        return this != MENTOR_AGREEMENT;
    }
}
