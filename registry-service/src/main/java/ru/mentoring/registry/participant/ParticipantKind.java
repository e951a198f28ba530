package ru.mentoring.registry.participant;

/**
 * A participant's category, with the label users see, and what each category carries: only a
 * teacher a teaching profile (subjects, experience, category, young specialist), only a student a grade.
 */
public enum ParticipantKind {

    TEACHER("педагог"),
    STUDENT("обучающийся"),
    PARENT("родитель"),
    PARTNER("представитель организации-партнёра");

    private final String label;

    ParticipantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean hasTeachingProfile() {
        return this == TEACHER;
    }

    public boolean hasGrade() {
        return this == STUDENT;
    }
}
