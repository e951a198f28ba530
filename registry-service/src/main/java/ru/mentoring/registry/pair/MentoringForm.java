package ru.mentoring.registry.pair;

import java.util.Set;

import ru.mentoring.registry.participant.ParticipantKind;

/**
 * Forms of mentoring (формы наставничества), with the labels users see and who may take each
 * side. A college student or an employer is not a member of the school: they are registered as
 * the school's partner (представитель организации-партнёра). A parent (seed 002: «родителей обучающихся
 * – активных участников родительских советов, организаторов досуговой деятельности») mentors where an
 * outside adult does, in the employer's form; never in the college student's, which is for students.
 */
public enum MentoringForm {

    TEACHER_TEACHER("педагог – педагог", Set.of(ParticipantKind.TEACHER), Set.of(ParticipantKind.TEACHER)),
    TEACHER_STUDENT("учитель – ученик", Set.of(ParticipantKind.TEACHER), Set.of(ParticipantKind.STUDENT)),
    STUDENT_STUDENT("ученик – ученик", Set.of(ParticipantKind.STUDENT), Set.of(ParticipantKind.STUDENT)),
    COLLEGE_STUDENT_STUDENT("студент – ученик", Set.of(ParticipantKind.PARTNER), Set.of(ParticipantKind.STUDENT)),
    EMPLOYER_STUDENT("работодатель – ученик/студент", Set.of(ParticipantKind.PARTNER, ParticipantKind.PARENT),
            Set.of(ParticipantKind.STUDENT));

    private final String label;
    private final Set<ParticipantKind> mentorKinds;
    private final Set<ParticipantKind> menteeKinds;

    MentoringForm(String label, Set<ParticipantKind> mentorKinds, Set<ParticipantKind> menteeKinds) {
        this.label = label;
        this.mentorKinds = mentorKinds;
        this.menteeKinds = menteeKinds;
    }

    public String label() {
        return label;
    }

    boolean mentorMayBe(ParticipantKind kind) {
        return mentorKinds.contains(kind);
    }

    boolean menteeMayBe(ParticipantKind kind) {
        return menteeKinds.contains(kind);
    }

    Set<ParticipantKind> mentorKinds() {
        return mentorKinds;
    }

    Set<ParticipantKind> menteeKinds() {
        return menteeKinds;
    }
}
