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
            Map.entry("meanAfter", "средний балл после"),
            Map.entry("population", "учтены"),
            Map.entry("menteesWithBoth", "наставляемых с показателями до и после"),
            Map.entry("meanMarkBefore", "средний балл успеваемости до"),
            Map.entry("meanMarkAfter", "средний балл успеваемости после"),
            Map.entry("markRose", "балл вырос у"),
            Map.entry("markFell", "балл снизился у"),
            Map.entry("inClubBefore", "посещали кружки, объединения, секции до"),
            Map.entry("inClubAfter", "посещают после"),
            Map.entry("inClubGained", "начали посещать"),
            Map.entry("inClubLost", "перестали посещать"),
            Map.entry("onRegisterBefore", "состояли на учёте до"),
            Map.entry("onRegisterAfter", "состоят на учёте после"),
            Map.entry("onRegisterGained", "поставлены на учёт"),
            Map.entry("onRegisterLost", "сняты с учёта"),
            Map.entry("pValue", "p"),
            Map.entry("test", "критерий"));

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
                text.add(LABELS.getOrDefault(key, key) + ": "
                        + ("pValue".equals(key) && value instanceof Double p ? Percent.number(p, 3) : value(value)));
            }
        });
        return text.toString();
    }

    /** The target as a goal: «не менее 70 %», or for a learners' target «значимый рост». */
    public static String goal(Target t) {
        return t.direction() != null ? t.direction().goal() : "не менее " + Math.round(t.target()) + " %";
    }

    /**
     * The value as the documents write it: «72,5 %»; a learners' target the change with its sign and
     * unit, «+0,7 балла», «−2 чел.»; «—» for none (a suppressed value is the caller's «<5»).
     */
    public static String value(Target t) {
        if (t.direction() == null || t.value() == null) {
            return t.direction() == null ? Percent.text(t.value()) : "—";
        }
        double v = t.value();
        String number = Percent.number(Math.abs(v), "балла".equals(t.unit()) ? 2 : 0);
        return (v > 0 ? "+" : v < 0 ? "−" : "") + number + " " + t.unit();
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
