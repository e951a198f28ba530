package ru.mentoring.monitoring.targets;

import java.util.List;
import java.util.Map;

/** Programme targets (целевые показатели программы, seed 004) as the API and the reports show them. */
public final class TargetViews {

    private TargetViews() {
    }

    /**
     * One target.
     *
     * @param value             the figure, percent with one decimal; null when unavailable or not applicable
     * @param target            the programme's target, percent
     * @param met               value ≥ target (as shown, rounded to 0.1); null when there is no value
     * @param basis             the numbers the value rests on, and where they come from
     * @param unavailableReason why there is no value (a service did not answer, no data yet, not applicable)
     */
    public record Target(String code, String title, Double value, String unit, double target, Boolean met,
            Map<String, Object> basis, String unavailableReason) {
    }

    public record SchoolTargets(String schoolCode, String schoolName, List<Target> targets) {
    }

    /** @param schools each school of the municipality (for a municipality's read), in code order */
    public record TargetReport(int programmeYear, String municipalityCode, String schoolCode, String schoolName,
            List<Target> targets, List<SchoolTargets> schools) {

        public Target target(String code) {
            return targets.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
        }
    }
}
