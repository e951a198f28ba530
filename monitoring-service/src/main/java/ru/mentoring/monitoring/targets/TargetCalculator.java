package ru.mentoring.monitoring.targets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.mentoring.monitoring.competency.CompetencyViews;
import ru.mentoring.monitoring.competency.SchoolScores;
import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.monitoring.index.LowResultList;
import ru.mentoring.monitoring.learners.LearnerViews;
import ru.mentoring.monitoring.registry.RegistryFigures.SchoolCounts;
import ru.mentoring.monitoring.stats.Percent;
import ru.mentoring.monitoring.targets.TargetViews.Target;

/**
 * The arithmetic of the programme targets, plain Java: given the figures gathered from the registry,
 * the index service and the monitoring's own data, each target's value, whether it is met, and the
 * numbers it rests on. A figure that is missing makes its target unavailable, with the reason;
 * nothing is estimated.
 */
final class TargetCalculator {

    /** Satisfaction figures of one role: people who answered the after form, and those satisfied with the joint work. */
    record Satisfaction(long respondents, long satisfied, int threshold) {
    }

    /** The programme's period, years inclusive (seed 004: 2023–2025). */
    record Period(int firstYear, int lastYear) {
    }

    /**
     * @param schools          the schools the targets are computed over (one, or the municipality's)
     * @param municipalityWide whether the scope is the whole municipality (the decline of ШНОР is a municipal target)
     * @param statuses         the ШНОР of the year (official list where loaded, else the computed classification)
     * @param previousStatuses the ШНОР of the year before
     * @param firstYearStatuses the ШНОР of the programme's first year
     * @param competency       each school's competency test scores of the year (any school of the scope)
     * @param learners         the exact learners' results of the scope and year (mentees of the pupil forms); null: none
     */
    record Inputs(int year, Period programme, List<String> schools, boolean municipalityWide,
            Available<Map<String, SchoolCounts>> counts, Available<LowResultList> statuses,
            Available<LowResultList> previousStatuses, Available<LowResultList> firstYearStatuses,
            Satisfaction mentees, Satisfaction mentors, List<SchoolScores> competency, Map<String, String> schoolNames,
            LearnerViews.Results learners) {

        /** The schools as the basis lists them: code and short name (the code where the registry gave no name). */
        List<BasisSchool> named(List<String> codes) {
            return codes.stream().map(c -> new BasisSchool(c, schoolNames.getOrDefault(c, c))).toList();
        }

        String nameOf(String code) {
            return schoolNames.getOrDefault(code, code);
        }
    }

    static final String REGISTRY_SOURCE = "реестр (данные на момент запроса)";

    /**
     * Seed 003's learners' results are shown from five mentees on (issue 18: «suppressed below five
     * people»), for every reader: a change over fewer pupils tells about the pupils, not the programme.
     */
    static final int MIN_MENTEES = 5;

    static final String LEARNER_POPULATION = "наставляемые-обучающиеся форм «ученик – ученик», «учитель – ученик», "
            + "«студент/работодатель – ученик», у которых есть показатели и до, и после программы";

    private TargetCalculator() {
    }

    static List<Target> targets(Inputs in) {
        return List.of(menteesOfLowResultSchools(in), mentors(in),
                satisfaction(ProgrammeTarget.MENTEE_SATISFACTION, in.mentees(), in.year(), "наставляемых"),
                satisfaction(ProgrammeTarget.MENTOR_SATISFACTION, in.mentors(), in.year(), "наставников"),
                decline(in), programmeDecline(in), competency(in),
                learners(ProgrammeTarget.LEARNERS_MARKS_RISE, in.learners(), in.year()),
                learners(ProgrammeTarget.LEARNERS_CLUBS_RISE, in.learners(), in.year()),
                learners(ProgrammeTarget.LEARNERS_REGISTER_FALL, in.learners(), in.year()));
    }

    /**
     * A learners' expected result of seed 003 over the mentees with figures before and after: the
     * change (mean mark after − before, in marks; people with the status after − before) and whether
     * the paired test of the learners' results finds it significant (p &lt; 0,05) in the expected
     * direction. Not significant, or significant the other way: not met. No mentees: no data; 1–4
     * mentees: suppressed for every reader ({@link #MIN_MENTEES}).
     */
    static Target learners(ProgrammeTarget t, LearnerViews.Results r, int year) {
        Map<String, Object> basis = new LinkedHashMap<>();
        basis.put("population", LEARNER_POPULATION);
        if (r == null || r.paired() == null || r.paired() == 0) {
            return unavailable(t, basis, "Нет наставляемых-обучающихся с показателями и до, и после программы за " + year + " год");
        }
        basis.put("menteesWithBoth", r.paired());
        Double change;
        Boolean significant;
        String unit;
        if (t == ProgrammeTarget.LEARNERS_MARKS_RISE) {
            LearnerViews.Measure m = r.measures().stream().filter(x -> "AVERAGE_MARK".equals(x.key())).findFirst().orElseThrow();
            basis.put("meanMarkBefore", m.meanBefore());
            basis.put("meanMarkAfter", m.meanAfter());
            basis.put("markRose", m.rose());
            basis.put("markFell", m.fell());
            basis.put("pValue", m.pValue());
            basis.put("test", "критерий знаковых рангов Уилкоксона для связанных выборок, двусторонний, значимо при p < 0,05");
            change = m.change();
            significant = m.significant();
            unit = "балла";
        } else {
            boolean club = t == ProgrammeTarget.LEARNERS_CLUBS_RISE;
            LearnerViews.Status s = r.statuses().stream().filter(x -> (club ? "IN_CLUB" : "ON_REGISTER").equals(x.key()))
                    .findFirst().orElseThrow();
            String prefix = club ? "inClub" : "onRegister";
            basis.put(prefix + "Before", s.before());
            basis.put(prefix + "After", s.after());
            basis.put(prefix + "Gained", s.gained());
            basis.put(prefix + "Lost", s.lost());
            basis.put("pValue", s.pValue());
            basis.put("test", "точный критерий знаков (Мак-Немара) для связанных выборок, двусторонний, значимо при p < 0,05");
            change = s.after() == null || s.before() == null ? null : (double) (s.after() - s.before());
            significant = s.significant();
            unit = "чел.";
        }
        basis.put("source", "показатели обучающихся до и после программы за " + year + " год");
        if (r.paired() < MIN_MENTEES) {
            // the figures go; the count stays, so a department viewer's line of schools hides this school's complement too
            Map<String, Object> shown = new LinkedHashMap<>(basis);
            shown.keySet().removeIf(k -> !"menteesWithBoth".equals(k) && TargetViews.Target.PEOPLE.contains(k)
                    || k.startsWith("inClub") || k.startsWith("onRegister"));
            return new Target(t.name(), t.title(), null, unit, t.target(), null, shown,
                    "Значение не показывается: наставляемых с показателями до и после программы менее " + MIN_MENTEES,
                    true, t.direction());
        }
        boolean way = change != null && (t.direction() == Direction.RISE ? change > 0 : change < 0);
        return new Target(t.name(), t.title(), change, unit, t.target(), Boolean.TRUE.equals(significant) && way, basis, null,
                false, t.direction());
    }

    static Target menteesOfLowResultSchools(Inputs in) {
        ProgrammeTarget t = ProgrammeTarget.LOW_RESULT_SCHOOL_TEACHERS_AS_MENTEES;
        Map<String, Object> basis = new LinkedHashMap<>();
        basis.put("classificationYear", in.year());
        if (!in.statuses().present()) {
            return unavailable(t, basis, in.statuses().unavailable());
        }
        basis.put("lowResultsList", in.statuses().value().source());
        List<String> low = in.schools().stream().filter(in.statuses().value()::contains).toList();
        basis.put("lowResultSchools", in.named(low));
        if (low.isEmpty()) {
            return unavailable(t, basis, in.municipalityWide()
                    ? noLowResults(in.statuses().value())
                    : notLowResult(in.statuses().value()));
        }
        if (!in.counts().present()) {
            return unavailable(t, basis, in.counts().unavailable());
        }
        long teachers = 0;
        long mentees = 0;
        boolean teachersOnly = true;
        for (String school : low) {
            SchoolCounts c = in.counts().value().get(school);
            if (c == null || c.teachers() == null) {
                return unavailable(t, basis, "Реестр не сообщил число педагогов школы «" + in.nameOf(school) + "»");
            }
            if (c.mentees() == null) {
                return unavailable(t, basis, "Реестр пока не публикует число наставляемых по школам");
            }
            teachers += c.teachers();
            mentees += c.mentees();
            teachersOnly &= c.menteesAreTeachers();
        }
        basis.put("teachers", teachers);
        basis.put("mentees", mentees);
        basis.put("menteesCounted", teachersOnly ? "педагоги-наставляемые" : "все наставляемые школ (реестр не разделяет их по категориям)");
        basis.put("source", REGISTRY_SOURCE);
        if (teachers == 0) {
            return unavailable(t, basis, "В реестре нет педагогов ШНОР");
        }
        return value(t, Percent.of(mentees, teachers), basis);
    }

    static Target mentors(Inputs in) {
        ProgrammeTarget t = ProgrammeTarget.TEACHERS_AS_MENTORS;
        Map<String, Object> basis = new LinkedHashMap<>();
        if (!in.counts().present()) {
            return unavailable(t, basis, in.counts().unavailable());
        }
        long teachers = 0;
        long mentors = 0;
        boolean teachersOnly = true;
        for (String school : in.schools()) {
            SchoolCounts c = in.counts().value().get(school);
            if (c == null || c.teachers() == null) {
                return unavailable(t, basis, "Реестр не сообщил число педагогов школы «" + in.nameOf(school) + "»");
            }
            if (c.mentors() == null) {
                return unavailable(t, basis, "Реестр пока не публикует число наставников по школам");
            }
            teachers += c.teachers();
            mentors += c.mentors();
            teachersOnly &= c.mentorsAreTeachers();
        }
        basis.put("schools", in.schools().size());
        basis.put("teachers", teachers);
        basis.put("mentors", mentors);
        basis.put("mentorsCounted", teachersOnly ? "педагоги-наставники" : "все наставники школ (реестр не разделяет их по категориям)");
        basis.put("source", REGISTRY_SOURCE);
        if (teachers == 0) {
            return unavailable(t, basis, "В реестре нет педагогов");
        }
        return value(t, Percent.of(mentors, teachers), basis);
    }

    static Target satisfaction(ProgrammeTarget t, Satisfaction s, int year, String whom) {
        Map<String, Object> basis = new LinkedHashMap<>();
        basis.put("respondents", s.respondents());
        basis.put("satisfiedWithJointWork", s.satisfied());
        basis.put("satisfiedFrom", s.threshold());
        basis.put("source", "итоговые анкеты " + whom + " за " + year + " год");
        if (s.respondents() == 0) {
            return unavailable(t, basis, "Нет ответов " + whom + " на итоговые анкеты за " + year + " год");
        }
        return value(t, Percent.of(s.satisfied(), s.respondents()), basis);
    }

    static Target decline(Inputs in) {
        ProgrammeTarget t = ProgrammeTarget.LOW_RESULT_SCHOOLS_DECLINE;
        Map<String, Object> basis = new LinkedHashMap<>();
        basis.put("year", in.year());
        basis.put("previousYear", in.year() - 1);
        if (!in.municipalityWide()) {
            String school = in.schools().getFirst();
            if (in.previousStatuses().present()) {
                basis.put("lowResultsPreviousYear", in.previousStatuses().value().contains(school));
            }
            if (in.statuses().present()) {
                basis.put("lowResultsThisYear", in.statuses().value().contains(school));
            }
            return unavailable(t, basis, "Показатель муниципального уровня: считается по всем школам муниципалитета");
        }
        if (!in.previousStatuses().present()) {
            return unavailable(t, basis, in.previousStatuses().unavailable());
        }
        if (!in.statuses().present()) {
            return unavailable(t, basis, in.statuses().unavailable());
        }
        List<String> before = in.schools().stream().filter(in.previousStatuses().value()::contains).toList();
        List<String> now = in.schools().stream().filter(in.statuses().value()::contains).toList();
        basis.put("lowResultSchoolsPreviousYear", before.size());
        basis.put("lowResultSchoolsThisYear", now.size());
        basis.put("schoolsPreviousYear", in.named(before));
        basis.put("schoolsThisYear", in.named(now));
        basis.put("source", in.previousStatuses().value().source() + "; " + in.statuses().value().source());
        if (before.isEmpty()) {
            return unavailable(t, basis, "В " + (in.year() - 1) + " году среди школ муниципалитета не было ШНОР: снижать нечего");
        }
        return value(t, Percent.round1(100.0 * (before.size() - now.size()) / before.size()), basis);
    }

    /**
     * «Снизить количество ШНОР на 50%» (seed 004, Задачи программы, 2): the fall of the municipality's
     * ШНОР from the programme's first year to this year, percent of the first year's.
     */
    static Target programmeDecline(Inputs in) {
        ProgrammeTarget t = ProgrammeTarget.LOW_RESULT_SCHOOLS_PROGRAMME_DECLINE;
        Period p = in.programme();
        Map<String, Object> basis = new LinkedHashMap<>();
        basis.put("programmePeriod", p.firstYear() + "–" + p.lastYear());
        basis.put("firstYear", p.firstYear());
        basis.put("year", in.year());
        if (!in.municipalityWide()) {
            String school = in.schools().getFirst();
            if (in.firstYearStatuses().present()) {
                basis.put("lowResultsFirstYear", in.firstYearStatuses().value().contains(school));
            }
            if (in.statuses().present()) {
                basis.put("lowResultsThisYear", in.statuses().value().contains(school));
            }
            return unavailable(t, basis, "Показатель муниципального уровня: считается по всем школам муниципалитета");
        }
        if (in.year() <= p.firstYear()) {
            return unavailable(t, basis, in.year() == p.firstYear()
                    ? "Первый год программы (" + p.firstYear() + "): снижение считается по отношению к нему со следующего года"
                    : "Год " + in.year() + " раньше периода программы " + p.firstYear() + "–" + p.lastYear());
        }
        if (!in.firstYearStatuses().present()) {
            return unavailable(t, basis, in.firstYearStatuses().unavailable());
        }
        if (!in.statuses().present()) {
            return unavailable(t, basis, in.statuses().unavailable());
        }
        List<String> first = in.schools().stream().filter(in.firstYearStatuses().value()::contains).toList();
        List<String> now = in.schools().stream().filter(in.statuses().value()::contains).toList();
        basis.put("lowResultSchoolsFirstYear", first.size());
        basis.put("lowResultSchoolsThisYear", now.size());
        basis.put("schoolsFirstYear", in.named(first));
        basis.put("schoolsThisYear", in.named(now));
        basis.put("source", in.firstYearStatuses().value().source() + "; " + in.statuses().value().source());
        if (first.isEmpty()) {
            return unavailable(t, basis, "В " + p.firstYear() + " году, первом году программы, среди школ муниципалитета не было ШНОР: снижать нечего");
        }
        return value(t, Percent.round1(100.0 * (first.size() - now.size()) / first.size()), basis);
    }

    /**
     * «повышение уровня сформированности … компетенций учителей ШНОР – на 30%»: the rise of the mean
     * score of the teachers with both scores, over the teachers of the scope's schools that are ШНОР
     * in the year; teachers of other schools do not count.
     */
    static Target competency(Inputs in) {
        ProgrammeTarget t = ProgrammeTarget.COMPETENCY_RISE;
        Map<String, Object> basis = new LinkedHashMap<>();
        basis.put("classificationYear", in.year());
        if (!in.statuses().present()) {
            return unavailable(t, basis, in.statuses().unavailable());
        }
        LowResultList lows = in.statuses().value();
        basis.put("lowResultsList", lows.source());
        List<String> low = in.schools().stream().filter(lows::contains).toList();
        basis.put("lowResultSchools", in.named(low));
        if (low.isEmpty()) {
            return unavailable(t, basis, in.municipalityWide() ? noLowResults(lows) : notLowResult(lows));
        }
        List<SchoolScores> ofLow = in.competency().stream().filter(s -> low.contains(s.schoolCode())).toList();
        CompetencyViews.Figures f = SchoolScores.figures(null, ofLow);
        long others = in.competency().stream().filter(s -> !low.contains(s.schoolCode())).mapToLong(SchoolScores::paired).sum();
        basis.put("teachersTestedBefore", f.teachersBefore());
        basis.put("teachersTestedAfter", f.teachersAfter());
        basis.put("teachersWithBoth", f.paired());
        basis.put("meanBefore", f.meanBefore());
        basis.put("meanAfter", f.meanAfter());
        if (others > 0) {
            basis.put("teachersOfOtherSchools", others);
        }
        basis.put("source", "районное тестирование педагогов ШНОР за " + in.year() + " год (рост среднего балла педагогов с обоими результатами)");
        if (f.paired() == 0) {
            return unavailable(t, basis, "Нет педагогов ШНОР с баллами районного тестирования до и после программы за " + in.year() + " год");
        }
        if (f.risePercent() == null) {
            return unavailable(t, basis, "Средний балл до программы равен нулю: рост в процентах не определён");
        }
        return value(t, f.risePercent(), basis);
    }

    private static String notLowResult(LowResultList lows) {
        return "Школа не относится к ШНОР (" + lows.source() + "): показатель к ней не применяется";
    }

    private static String noLowResults(LowResultList lows) {
        return "Среди школ муниципалитета нет ШНОР (" + lows.source() + ")";
    }

    private static Target value(ProgrammeTarget t, Double value, Map<String, Object> basis) {
        return new Target(t.name(), t.title(), value, "%", t.target(), value == null ? null : value >= t.target(), basis, null, false,
                null);
    }

    private static Target unavailable(ProgrammeTarget t, Map<String, Object> basis, String reason) {
        return new Target(t.name(), t.title(), null, t.direction() == null ? "%" : unitOf(t), t.target(), null, basis, reason,
                false, t.direction());
    }

    private static String unitOf(ProgrammeTarget t) {
        return t == ProgrammeTarget.LEARNERS_MARKS_RISE ? "балла" : "чел.";
    }
}
