package ru.mentoring.monitoring.targets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.mentoring.monitoring.competency.CompetencyViews;
import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.monitoring.index.IndexClassifications;
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

    /**
     * @param schools          the schools the targets are computed over (one, or the municipality's)
     * @param municipalityWide whether the scope is the whole municipality (the decline of ШНОР is a municipal target)
     */
    record Inputs(int year, List<String> schools, boolean municipalityWide, Available<Map<String, SchoolCounts>> counts,
            Available<Map<String, Set<String>>> statuses, Available<Map<String, Set<String>>> previousStatuses,
            Satisfaction mentees, Satisfaction mentors, CompetencyViews.Figures competency) {
    }

    static final String REGISTRY_SOURCE = "реестр (данные на момент запроса)";

    private TargetCalculator() {
    }

    static List<Target> targets(Inputs in) {
        return List.of(menteesOfLowResultSchools(in), mentors(in),
                satisfaction(ProgrammeTarget.MENTEE_SATISFACTION, in.mentees(), in.year(), "наставляемых"),
                satisfaction(ProgrammeTarget.MENTOR_SATISFACTION, in.mentors(), in.year(), "наставников"),
                decline(in), competency(in));
    }

    static Target menteesOfLowResultSchools(Inputs in) {
        ProgrammeTarget t = ProgrammeTarget.LOW_RESULT_SCHOOL_TEACHERS_AS_MENTEES;
        Map<String, Object> basis = new LinkedHashMap<>();
        basis.put("classificationYear", in.year());
        if (!in.statuses().present()) {
            return unavailable(t, basis, in.statuses().unavailable());
        }
        List<String> low = in.schools().stream().filter(s -> isLow(in.statuses().value(), s)).toList();
        basis.put("lowResultSchools", low);
        if (low.isEmpty()) {
            return unavailable(t, basis, in.municipalityWide()
                    ? "По классификации " + in.year() + " года среди школ муниципалитета нет ШНОР"
                    : "Школа не относится к ШНОР по классификации " + in.year() + " года: показатель к ней не применяется");
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
                return unavailable(t, basis, "Реестр не сообщил число педагогов школы " + school);
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
                return unavailable(t, basis, "Реестр не сообщил число педагогов школы " + school);
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
                basis.put("lowResultsPreviousYear", isLow(in.previousStatuses().value(), school));
            }
            if (in.statuses().present()) {
                basis.put("lowResultsThisYear", isLow(in.statuses().value(), school));
            }
            return unavailable(t, basis, "Показатель муниципального уровня: считается по всем школам муниципалитета");
        }
        if (!in.previousStatuses().present()) {
            return unavailable(t, basis, in.previousStatuses().unavailable());
        }
        if (!in.statuses().present()) {
            return unavailable(t, basis, in.statuses().unavailable());
        }
        List<String> before = in.schools().stream().filter(s -> isLow(in.previousStatuses().value(), s)).toList();
        List<String> now = in.schools().stream().filter(s -> isLow(in.statuses().value(), s)).toList();
        basis.put("lowResultSchoolsPreviousYear", before.size());
        basis.put("lowResultSchoolsThisYear", now.size());
        basis.put("schoolsPreviousYear", before);
        basis.put("schoolsThisYear", now);
        basis.put("source", "классификация школ сервиса индексов");
        if (before.isEmpty()) {
            return unavailable(t, basis, "В " + (in.year() - 1) + " году среди школ муниципалитета не было ШНОР: снижать нечего");
        }
        return value(t, Percent.round1(100.0 * (before.size() - now.size()) / before.size()), basis);
    }

    static Target competency(Inputs in) {
        ProgrammeTarget t = ProgrammeTarget.COMPETENCY_RISE;
        CompetencyViews.Figures f = in.competency();
        Map<String, Object> basis = new LinkedHashMap<>();
        basis.put("teachersTestedBefore", f.teachersBefore());
        basis.put("teachersTestedAfter", f.teachersAfter());
        basis.put("teachersWithBoth", f.paired());
        basis.put("meanBefore", f.meanBefore());
        basis.put("meanAfter", f.meanAfter());
        basis.put("source", "районное тестирование педагогов за " + in.year() + " год (рост среднего балла педагогов с обоими результатами)");
        if (f.paired() == 0) {
            return unavailable(t, basis, "Нет педагогов с баллами районного тестирования до и после программы за " + in.year() + " год");
        }
        if (f.risePercent() == null) {
            return unavailable(t, basis, "Средний балл до программы равен нулю: рост в процентах не определён");
        }
        return value(t, f.risePercent(), basis);
    }

    private static boolean isLow(Map<String, Set<String>> statuses, String school) {
        return statuses.getOrDefault(school, Set.of()).contains(IndexClassifications.LOW_RESULTS);
    }

    private static Target value(ProgrammeTarget t, Double value, Map<String, Object> basis) {
        return new Target(t.name(), t.title(), value, "%", t.target(), value == null ? null : value >= t.target(), basis, null, false);
    }

    private static Target unavailable(ProgrammeTarget t, Map<String, Object> basis, String reason) {
        return new Target(t.name(), t.title(), null, "%", t.target(), null, basis, reason, false);
    }
}
