package ru.mentoring.monitoring.targets;

/**
 * The targets of the municipal programme (seed 004, «Ожидаемые результаты»; docs/domain.md §3),
 * with the programme's wording and threshold, in percent; and the learners' expected results of the
 * pupil forms (seed 003, «Ученик – ученик», «Результат»), whose target is a direction, not a number.
 */
enum ProgrammeTarget {

    LOW_RESULT_SCHOOL_TEACHERS_AS_MENTEES(
            "Доля педагогов ШНОР, вошедших в программы наставничества в роли наставляемого", 70),
    TEACHERS_AS_MENTORS(
            "Доля педагогов муниципалитета, вошедших в программы наставничества в роли наставника", 10),
    MENTEE_SATISFACTION(
            "Уровень удовлетворенности наставляемых участием в программах наставничества", 85),
    MENTOR_SATISFACTION(
            "Уровень удовлетворенности наставников участием в программах наставничества", 85),
    /** «снижение доли ШНОР – на 40% ежегодно». */
    LOW_RESULT_SCHOOLS_DECLINE(
            "Снижение числа ШНОР по сравнению с предыдущим годом", 40),
    /** «Снизить количество школ с низкими образовательными результатами на 50%» (Задачи программы, 2). */
    LOW_RESULT_SCHOOLS_PROGRAMME_DECLINE(
            "Снижение количества ШНОР за период программы по сравнению с первым годом программы", 50),
    COMPETENCY_RISE(
            "Повышение уровня сформированности предметных и методических компетенций учителей ШНОР", 30),
    /** Seed 003: «Повышение успеваемости в школе» — the mentees' average mark. */
    LEARNERS_MARKS_RISE("Повышение успеваемости в школе", Direction.RISE),
    /** Seed 003: «Численный рост посещаемости творческих кружков, объединений, спортивных секций». */
    LEARNERS_CLUBS_RISE("Численный рост посещаемости творческих кружков, объединений, спортивных секций", Direction.RISE),
    /** Seed 003: «Снижение числа обучающихся состоящих на различных видах учета». */
    LEARNERS_REGISTER_FALL("Снижение числа обучающихся состоящих на различных видах учета", Direction.FALL);

    private final String title;
    private final double target;
    private final Direction direction;

    ProgrammeTarget(String title, double target) {
        this.title = title;
        this.target = target;
        this.direction = null;
    }

    ProgrammeTarget(String title, Direction direction) {
        this.title = title;
        this.target = 0;
        this.direction = direction;
    }

    /** The expected direction of a learners' target; null for a target with a threshold. */
    Direction direction() {
        return direction;
    }

    String title() {
        return title;
    }

    double target() {
        return target;
    }
}
