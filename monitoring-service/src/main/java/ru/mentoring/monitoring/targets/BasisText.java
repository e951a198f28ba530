package ru.mentoring.monitoring.targets;

import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

import ru.mentoring.monitoring.stats.Percent;
import ru.mentoring.monitoring.targets.TargetViews.Target;

/** The basis of a target in words, for the note and the workbook: «педагогов ШНОР: 40; наставляемых: 30; ...». */
public final class BasisText {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("classificationYear", "год классификации"),
            Map.entry("lowResultsList", "перечень ШНОР"),
            Map.entry("programmePeriod", "период программы"),
            Map.entry("firstYear", "первый год программы"),
            Map.entry("lowResultsFirstYear", "ШНОР в первый год программы"),
            Map.entry("lowResultSchoolsFirstYear", "ШНОР в первый год программы"),
            Map.entry("schoolsFirstYear", "школы первого года программы"),
            Map.entry("teachersOfOtherSchools", "не учтены педагоги других школ с обоими баллами"),
            Map.entry("lowResultSchools", "ШНОР"),
            Map.entry("teachers", "педагогов"),
            Map.entry("mentees", "наставляемых"),
            Map.entry("menteesCounted", "учтены"),
            Map.entry("mentors", "наставников"),
            Map.entry("mentorsCounted", "учтены"),
            Map.entry("schools", "школ"),
            Map.entry("source", "источник"),
            Map.entry("respondents", "ответили на итоговую анкету"),
            Map.entry("satisfiedWithJointWork", "довольны совместной работой"),
            Map.entry("satisfiedFrom", "«доволен» — оценка не ниже"),
            Map.entry("year", "год"),
            Map.entry("previousYear", "предыдущий год"),
            Map.entry("lowResultsPreviousYear", "ШНОР в предыдущем году"),
            Map.entry("lowResultsThisYear", "ШНОР в этом году"),
            Map.entry("lowResultSchoolsPreviousYear", "ШНОР в предыдущем году"),
            Map.entry("lowResultSchoolsThisYear", "ШНОР в этом году"),
            Map.entry("schoolsPreviousYear", "школы предыдущего года"),
            Map.entry("schoolsThisYear", "школы этого года"),
            Map.entry("teachersTestedBefore", "педагогов с баллом до"),
            Map.entry("teachersTestedAfter", "педагогов с баллом после"),
            Map.entry("teachersWithBoth", "педагогов с обоими баллами"),
            Map.entry("meanBefore", "средний балл до"),
            Map.entry("meanAfter", "средний балл после"));

    private BasisText() {
    }

    public static String of(Target t) {
        StringJoiner text = new StringJoiner("; ");
        if (t.unavailableReason() != null) {
            // no value: the reason says it all (the zero counts behind it would only add noise)
            return t.unavailableReason();
        }
        t.basis().forEach((key, value) -> {
            if (value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
                text.add(LABELS.getOrDefault(key, key) + ": " + value(value));
            }
        });
        return text.toString();
    }

    /** «выполнен», «не выполнен», «нет данных». */
    public static String met(Target t) {
        return t.met() == null ? "нет данных" : t.met() ? "выполнен" : "не выполнен";
    }

    private static String value(Object v) {
        return switch (v) {
            case Boolean b -> b ? "да" : "нет";
            case Double d -> Percent.number(d, 2).replaceAll(",?0+$", "");
            case Collection<?> c -> String.join(", ", c.stream().map(BasisText::value).toList());
            case BasisSchool s -> s.name();
            default -> String.valueOf(v);
        };
    }
}
