package ru.mentoring.monitoring.learners;

import java.util.List;

import ru.mentoring.monitoring.learners.LearnerViews.Measure;
import ru.mentoring.monitoring.learners.LearnerViews.Status;
import ru.mentoring.monitoring.stats.PairedChange;
import ru.mentoring.monitoring.stats.Percent;

/** The four indicators' changes over the mentees with figures before and after: plain Java, no I/O. */
final class LearnerTable {

    /** One mentee's figures before and after the programme. */
    record Mentee(double markBefore, double markAfter, int absencesBefore, int absencesAfter, boolean registerBefore,
            boolean registerAfter, boolean clubBefore, boolean clubAfter) {
    }

    private LearnerTable() {
    }

    static List<Measure> measures(List<Mentee> mentees) {
        int n = mentees.size();
        double[] marksBefore = new double[n];
        double[] marksAfter = new double[n];
        double[] absencesBefore = new double[n];
        double[] absencesAfter = new double[n];
        for (int i = 0; i < n; i++) {
            Mentee m = mentees.get(i);
            marksBefore[i] = m.markBefore();
            marksAfter[i] = m.markAfter();
            absencesBefore[i] = m.absencesBefore();
            absencesAfter[i] = m.absencesAfter();
        }
        return List.of(measure("AVERAGE_MARK", "Средний балл", PairedChange.of(marksBefore, marksAfter)),
                measure("ABSENCES", "Пропущено уроков", PairedChange.of(absencesBefore, absencesAfter)));
    }

    static List<Status> statuses(List<Mentee> mentees) {
        return List.of(status("ON_REGISTER", "Состоят на учёте", mentees, true),
                status("IN_CLUB", "Посещают кружки, объединения, спортивные секции", mentees, false));
    }

    private static Measure measure(String key, String label, PairedChange.Result r) {
        return new Measure(key, label, round(r.meanBefore()), round(r.meanAfter()), round(r.change()), r.improved(),
                r.unchanged(), r.worsened(), r.pValue(), r.method(), r.significant());
    }

    private static Status status(String key, String label, List<Mentee> mentees, boolean register) {
        int before = 0;
        int after = 0;
        int gained = 0;
        int lost = 0;
        for (Mentee m : mentees) {
            boolean b = register ? m.registerBefore() : m.clubBefore();
            boolean a = register ? m.registerAfter() : m.clubAfter();
            before += b ? 1 : 0;
            after += a ? 1 : 0;
            gained += !b && a ? 1 : 0;
            lost += b && !a ? 1 : 0;
        }
        YesNoChange.Result r = YesNoChange.of(gained, lost);
        return new Status(key, label, before, after, gained, lost, r.pValue(), r.significant());
    }

    private static Double round(Double value) {
        return value == null ? null : Percent.round2(value);
    }
}
