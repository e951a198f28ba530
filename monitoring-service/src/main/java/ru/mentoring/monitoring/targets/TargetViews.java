package ru.mentoring.monitoring.targets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.mentoring.platform.privacy.SmallCells;

/** Programme targets (целевые показатели программы, seed 004) as the API and the reports show them. */
public final class TargetViews {

    private TargetViews() {
    }

    /**
     * One target.
     *
     * @param value             the figure, percent with one decimal (a learners' target: the change after − before,
     *                          in {@code unit}); null when unavailable or not applicable
     * @param unit              «%»; a learners' target «балла» (the mean mark) or «чел.» (people with the status)
     * @param target            the programme's target, percent (0 for a learners' target, whose goal is {@code direction})
     * @param met               value ≥ target (as shown, rounded to 0.1); a learners' target: the paired test finds a
     *                          significant change in {@code direction}; null when there is no value
     * @param basis             the numbers the value rests on, and where they come from
     * @param unavailableReason why there is no value (a service did not answer, no data yet, not applicable)
     * @param suppressed        the value rests on 1–4 people (or is the complement of such a school's): the
     *                          value, whether it is met and the basis' counts of people are null for a
     *                          reader without exact figures; a learners' target over 1–4 mentees is suppressed
     *                          for every reader
     * @param direction         the expected direction of a learners' target (seed 003); null for a target with a threshold
     */
    public record Target(String code, String title, Double value, String unit, double target, Boolean met,
            Map<String, Object> basis, String unavailableReason, boolean suppressed, Direction direction) {

        /** The basis entries that count people, or are means over them: hidden with the value. */
        static final Set<String> PEOPLE = Set.of("teachers", "mentees", "mentors", "respondents", "satisfiedWithJointWork",
                "teachersTestedBefore", "teachersTestedAfter", "teachersWithBoth", "teachersOfOtherSchools", "meanBefore", "meanAfter",
                "menteesWithBoth", "meanMarkBefore", "meanMarkAfter", "markRose", "markFell", "withStatusBefore",
                "withStatusAfter", "gained", "lost", "pValue");

        /** The people the value is computed over (0 when it counts schools or counts nobody). */
        long people() {
            for (String key : List.of("respondents", "teachersWithBoth", "menteesWithBoth", "teachers")) {
                if (basis.get(key) instanceof Number n) {
                    return n.longValue();
                }
            }
            return 0;
        }

        Target hidden(SmallCells.Reader reader) {
            Map<String, Object> shown = new LinkedHashMap<>(basis);
            PEOPLE.forEach(key -> shown.computeIfPresent(key, (k, v) -> null));
            shown.values().removeIf(v -> v == null);
            return new Target(code, title, null, unit, target, null, shown,
                    "Значение не показывается: оно рассчитано по группе менее чем из "
                            + reader.rule().minCellSize() + " человек", true, direction);
        }
    }

    public record SchoolTargets(String schoolCode, String schoolName, List<Target> targets) {
    }

    /** @param schools each school of the municipality (for a municipality's read), in code order */
    public record TargetReport(int programmeYear, String municipalityCode, String schoolCode, String schoolName,
            List<Target> targets, List<SchoolTargets> schools) {

        public Target target(String code) {
            return targets.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
        }

        /** The same report with these targets (codes) of the scope hidden. */
        public TargetReport withTargetsHidden(Set<String> codes, SmallCells.Reader reader) {
            return new TargetReport(programmeYear, municipalityCode, schoolCode, schoolName,
                    targets.stream().map(t -> codes.contains(t.code()) && !t.suppressed() ? t.hidden(reader) : t).toList(),
                    schools);
        }

        /**
         * The targets as this reader may see them. A target over 1–4 people is hidden; the schools'
         * lines of one target add up to the municipality's, so within each target the complement of a
         * lone hidden school is hidden too.
         */
        public TargetReport shownTo(SmallCells.Reader reader) {
            if (!reader.hidesSmallCells()) {
                return this;
            }
            List<Target> total = targets.stream().map(t -> reader.hides(t.people()) ? t.hidden(reader) : t).toList();
            List<List<Target>> lines = new ArrayList<>();
            schools.forEach(s -> lines.add(new ArrayList<>(s.targets())));
            int count = schools.isEmpty() ? 0 : schools.getFirst().targets().size();
            for (int j = 0; j < count; j++) {
                int target = j;
                boolean[] hide = reader.hideInLine(lines.stream().mapToLong(l -> l.get(target).people()).toArray());
                for (int i = 0; i < lines.size(); i++) {
                    if (hide[i]) {
                        lines.get(i).set(j, lines.get(i).get(j).hidden(reader));
                    }
                }
            }
            List<SchoolTargets> shown = new ArrayList<>();
            for (int i = 0; i < schools.size(); i++) {
                shown.add(new SchoolTargets(schools.get(i).schoolCode(), schools.get(i).schoolName(), List.copyOf(lines.get(i))));
            }
            return new TargetReport(programmeYear, municipalityCode, schoolCode, schoolName, total, shown);
        }
    }
}
