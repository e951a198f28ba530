package ru.mentoring.monitoring.round;

/**
 * Forms of mentoring (формы наставничества), with the labels users see. The codes are the
 * registry's ({@code ru.mentoring.registry.pair.MentoringForm}), so a round can name the form of
 * the pairs it asks about. The copy is held to the registry's catalogue by a contract
 * ({@code platform-test}'s {@code Contracts.mentoringForms}) that both services' tests check.
 */
public enum MentoringForm {

    TEACHER_TEACHER("педагог – педагог"),
    TEACHER_STUDENT("учитель – ученик"),
    STUDENT_STUDENT("ученик – ученик"),
    COLLEGE_STUDENT_STUDENT("студент – ученик"),
    EMPLOYER_STUDENT("работодатель – ученик/студент");

    /** What a table shows for rounds opened without a form. */
    public static final String UNSPECIFIED_LABEL = "форма не указана";

    private final String label;

    MentoringForm(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    public static String labelOf(MentoringForm form) {
        return form == null ? UNSPECIFIED_LABEL : form.label;
    }
}
