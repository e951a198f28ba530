package ru.mentoring.registry.recognition;

/**
 * What a mentor or a pair is nominated for, with the seeds' own words: seed 003's school contest «"Наставник года",
 * «Лучшая пара», «Наставник+"», its certificates «Лучший наставник» and letters of thanks to the parents of student
 * mentors; seed 001's diplomas and letters of thanks to mentors.
 */
enum RecognitionKind {

    MENTOR_OF_YEAR("«Наставник года»", Nominee.MENTOR),
    BEST_PAIR("«Лучшая пара»", Nominee.PAIR),
    MENTOR_PLUS("«Наставник+»", Nominee.MENTOR),
    BEST_MENTOR_CERTIFICATE("Школьная грамота «Лучший наставник»", Nominee.MENTOR),
    MENTOR_DIPLOMA("Диплом, благодарственное письмо наставнику", Nominee.MENTOR),
    THANKS_TO_PARENTS("Благодарственное письмо родителям наставника из числа обучающихся", Nominee.STUDENT_MENTOR);

    /** Who may be nominated: a mentor, a mentor who is a student, or a pair (group). */
    enum Nominee { MENTOR, STUDENT_MENTOR, PAIR }

    private final String label;
    private final Nominee nominee;

    RecognitionKind(String label, Nominee nominee) {
        this.label = label;
        this.nominee = nominee;
    }

    String label() {
        return label;
    }

    Nominee nominee() {
        return nominee;
    }
}
