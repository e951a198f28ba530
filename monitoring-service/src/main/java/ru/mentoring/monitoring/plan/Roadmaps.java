package ru.mentoring.monitoring.plan;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ru.mentoring.monitoring.plan.PlanViews.PlanSummary;
import ru.mentoring.monitoring.plan.PlanViews.SchoolRoadmap;
import ru.mentoring.monitoring.registry.RegistryFigures.RegistrySchool;

/**
 * The coordinator's control of the schools' roadmaps (seed 001, 6.3: «контроль наличия дорожных
 * карт»): one line per school, those that need attention first. A roadmap without a single event is
 * no roadmap yet.
 */
final class Roadmaps {

    private static final Collator RUSSIAN = Collator.getInstance(Locale.forLanguageTag("ru"));

    /** Schools without a roadmap, then those with overdue events (most first), then the rest; by name within each. */
    static final Comparator<SchoolRoadmap> ATTENTION_FIRST = Comparator
            .comparingInt((SchoolRoadmap r) -> r.hasRoadmap() ? (r.overdue() > 0 ? 1 : 2) : 0)
            .thenComparing(SchoolRoadmap::overdue, Comparator.reverseOrder())
            .thenComparing(SchoolRoadmap::shortName, RUSSIAN);

    private Roadmaps() {
    }

    /**
     * @param schools the registry's schools of the municipality
     * @param plans   the schools' plans of the year; a plan of a school the registry does not list still shows (by its code)
     */
    static List<SchoolRoadmap> table(List<RegistrySchool> schools, List<PlanSummary> plans) {
        Map<String, String> names = new LinkedHashMap<>();
        schools.forEach(s -> names.put(s.code(), s.displayName()));
        Map<String, PlanSummary> bySchool = new LinkedHashMap<>();
        plans.forEach(p -> bySchool.put(p.schoolCode(), p));
        bySchool.keySet().forEach(code -> names.putIfAbsent(code, code));
        List<SchoolRoadmap> lines = new ArrayList<>();
        names.forEach((code, name) -> lines.add(line(code, name, bySchool.get(code))));
        lines.sort(ATTENTION_FIRST);
        return lines;
    }

    static SchoolRoadmap line(String code, String name, PlanSummary plan) {
        if (plan == null) {
            return new SchoolRoadmap(code, name, false, null, 0, 0, 0);
        }
        long done = plan.byStatus().getOrDefault(EventStatus.DONE, 0L);
        return new SchoolRoadmap(code, name, plan.events() > 0, plan.id(), plan.events(), done, plan.overdue());
    }
}
