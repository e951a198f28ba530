package ru.mentoring.monitoring.index;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schools that are ШНОР in a year as the programme's targets count them: the region's official
 * list (seed 004: «данных приказа Министерства … определяющего перечень ШНОР») where one is loaded
 * for the year, else the computed classification's {@code LOW_RESULTS}.
 *
 * @param official whether {@code schools} is the official list
 */
public record LowResultList(int year, Set<String> schools, boolean official) {

    public LowResultList {
        schools = Set.copyOf(schools);
    }

    /** The computed classification's ШНОР of the year. */
    public static LowResultList computed(int year, Map<String, Set<String>> statuses) {
        Set<String> low = new TreeSet<>();
        statuses.forEach((school, codes) -> {
            if (codes.contains(IndexClassifications.LOW_RESULTS)) {
                low.add(school);
            }
        });
        return new LowResultList(year, low, false);
    }

    public boolean contains(String school) {
        return schools.contains(school);
    }

    /** Which list it is, for the basis of a target: «официальный перечень ШНОР 2025 года». */
    public String source() {
        return official ? "официальный перечень ШНОР " + year + " года"
                : "рассчитанная классификация " + year + " года (официальный перечень не загружен)";
    }
}
