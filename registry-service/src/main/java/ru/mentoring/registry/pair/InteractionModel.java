package ru.mentoring.registry.pair;

import java.util.Arrays;
import java.util.List;

/**
 * Interaction models (модели взаимодействия / ролевые модели) and the one form each belongs to.
 * Sources: seed 001 for «педагог – педагог» (and docs/domain.md §2), seed 003 for «ученик – ученик»; the
 * other forms take the role models of the federal target model of mentoring (распоряжение
 * Минпросвещения № Р-145, which seed 004 cites), «учитель – ученик» the variants the district's
 * school programmes use. A model of another form is refused when a pair is formed.
 */
public enum InteractionModel {

    // педагог – педагог (seed 001)
    EXPERIENCED_TEACHER_YOUNG_SPECIALIST(MentoringForm.TEACHER_TEACHER, "опытный педагог – молодой специалист"),
    COMMUNITY_LEADER_TEACHER_WITH_DIFFICULTIES(MentoringForm.TEACHER_TEACHER,
            "лидер педагогического сообщества – педагог, испытывающий затруднения в коммуникации"),
    INNOVATOR_CONSERVATIVE_TEACHER(MentoringForm.TEACHER_TEACHER, "педагог-новатор – консервативный педагог"),
    EXPERIENCED_SUBJECT_TEACHER_INEXPERIENCED(MentoringForm.TEACHER_TEACHER, "опытный предметник – неопытный предметник"),

    // учитель – ученик
    TEACHER_UNDERACHIEVING_STUDENT(MentoringForm.TEACHER_STUDENT, "учитель – неуспевающий ученик"),
    TEACHER_GIFTED_STUDENT(MentoringForm.TEACHER_STUDENT, "учитель – одарённый ученик"),
    TEACHER_STUDENT_IN_ADAPTATION(MentoringForm.TEACHER_STUDENT, "учитель – ученик, испытывающий трудности адаптации"),

    // ученик – ученик (seed 003)
    ACHIEVER_UNDERACHIEVER(MentoringForm.STUDENT_STUDENT, "успевающий – неуспевающий"),
    LEADER_PASSIVE(MentoringForm.STUDENT_STUDENT, "лидер – пассивный"),
    PEER_TO_PEER(MentoringForm.STUDENT_STUDENT, "равный – равному"),
    ADAPTED_UNADAPTED(MentoringForm.STUDENT_STUDENT, "адаптированный – неадаптированный"),

    // студент – ученик (Р-145)
    COLLEGE_ACHIEVER_UNDERACHIEVER(MentoringForm.COLLEGE_STUDENT_STUDENT, "успевающий – неуспевающий"),
    COLLEGE_LEADER_INDIFFERENT(MentoringForm.COLLEGE_STUDENT_STUDENT, "лидер – равнодушный"),
    COLLEGE_PEER_TO_PEER(MentoringForm.COLLEGE_STUDENT_STUDENT, "равный – другому"),
    COLLEGE_CURATOR_PROJECT_AUTHOR(MentoringForm.COLLEGE_STUDENT_STUDENT, "куратор – автор проекта"),

    // работодатель – ученик/студент (Р-145)
    ACTIVE_PROFESSIONAL_INDIFFERENT_CONSUMER(MentoringForm.EMPLOYER_STUDENT, "активный профессионал – равнодушный потребитель"),
    COLLEAGUE_YOUNG_COLLEAGUE(MentoringForm.EMPLOYER_STUDENT, "коллега – молодой коллега"),
    EMPLOYER_FUTURE_EMPLOYEE(MentoringForm.EMPLOYER_STUDENT, "работодатель – будущий сотрудник");

    private final MentoringForm form;
    private final String label;

    InteractionModel(MentoringForm form, String label) {
        this.form = form;
        this.label = label;
    }

    MentoringForm form() {
        return form;
    }

    public String label() {
        return label;
    }

    boolean validFor(MentoringForm f) {
        return form == f;
    }

    public static List<InteractionModel> of(MentoringForm form) {
        return Arrays.stream(values()).filter(m -> m.form == form).toList();
    }
}
