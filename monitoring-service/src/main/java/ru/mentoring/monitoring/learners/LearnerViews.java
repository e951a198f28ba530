package ru.mentoring.monitoring.learners;

import java.util.List;
import java.util.UUID;

import ru.mentoring.monitoring.stats.PairedChange;

/** Learners' results as the API and the reports show them: aggregates over mentees, never a mentee's figures. */
public final class LearnerViews {

    /** How the changes are tested, for a coordinator (the reports may print it). */
    public static final String METHOD_NOTE = "Сравниваются показатели одних и тех же наставляемых до и после программы "
            + "(форм «ученик – ученик», «учитель – ученик», «студент/работодатель – ученик»). Для среднего балла и числа "
            + "пропущенных уроков применяется критерий знаковых рангов Уилкоксона (двусторонний), как и для анкет; "
            + "для состояния на учёте и посещения кружков — тот же критерий для значений «да»/«нет», который в этом "
            + "случае совпадает с точным критерием знаков (Мак-Немара). Изменение значимо при p < 0,05.";

    private LearnerViews() {
    }

    /** An accepted file: every row stored; a row of a mentee, year and stage already stored replaced the old one. */
    public record UploadReport(UUID uploadId, long rowsRead, long inserted, long replaced, List<String> schools,
            List<Integer> programmeYears) {
    }

    /**
     * The learners' results of one programme year over the scope (one school, or the municipality).
     *
     * @param menteesBefore mentees with indicators before the programme
     * @param menteesAfter  mentees with indicators after it
     * @param paired        mentees with both: every figure below is over them
     * @param suppressed    a count is 1–4 (or one school's line is the complement of such a line): every figure
     *                      is null for a reader without exact figures
     */
    public record Results(int programmeYear, String municipalityCode, String schoolCode, Long menteesBefore,
            Long menteesAfter, Long paired, List<Measure> measures, List<Status> statuses, double significanceLevel,
            String method, boolean suppressed) {

        Results hiddenWhole() {
            return new Results(programmeYear, municipalityCode, schoolCode, null, null, null,
                    measures.stream().map(Measure::hidden).toList(), statuses.stream().map(Status::hidden).toList(),
                    significanceLevel, method, true);
        }
    }

    /**
     * A number per mentee (average mark, lessons missed), before and after.
     *
     * @param key       {@code AVERAGE_MARK} or {@code ABSENCES}
     * @param rose      mentees whose value rose (for absences, a rise is a worsening)
     * @param pValue    Wilcoxon signed-rank, two-sided; null when no value changed
     */
    public record Measure(String key, String label, Double meanBefore, Double meanAfter, Double change, Integer rose,
            Integer unchanged, Integer fell, Double pValue, PairedChange.Method method, Boolean significant) {

        Measure hidden() {
            return new Measure(key, label, null, null, null, null, null, null, null, null, null);
        }
    }

    /**
     * A yes/no status per mentee (on a register, attending a club), before and after.
     *
     * @param key    {@code ON_REGISTER} or {@code IN_CLUB}
     * @param before mentees with "yes" before
     * @param after  mentees with "yes" after
     * @param gained "no" before, "yes" after
     * @param lost   "yes" before, "no" after
     * @param pValue exact sign test, two-sided; null when no status changed
     */
    public record Status(String key, String label, Integer before, Integer after, Integer gained, Integer lost,
            Double pValue, Boolean significant) {

        Status hidden() {
            return new Status(key, label, null, null, null, null, null, null);
        }
    }
}
