package ru.mentoring.index.methodology;

import java.util.Map;

/** Small builders shared by the tests. */
final class Fixtures {

    static final String A = "A";
    static final String F = "F";

    private Fixtures() {
    }

    /**
     * One indicator A (OTHER, +1, weight 1) and one factor F (fixed weight 1). With a 0 and a 1 among A's
     * values in a year, min-max is the identity: a school's ИОР is exactly its A value; likewise ИСБШ ≈ F.
     */
    static MethodologyVersion simple() {
        return MethodologyVersion.builder("test-1")
                .indicator(A, "Показатель A", Source.OTHER, +1, 1.0)
                .factor(F, "Фактор F", 1.0)
                .isbshMode(IsbshMode.FIXED_WEIGHTS)
                .build();
    }

    /** Same indicator, no context factors. */
    static MethodologyVersion iorOnly() {
        return MethodologyVersion.builder("test-ior")
                .indicator(A, "Показатель A", Source.OTHER, +1, 1.0)
                .build();
    }

    static MethodologyVersion simpleWithBoundaries(Map<Integer, PublishedBoundaries> boundaries) {
        return MethodologyVersion.builder("test-fixed")
                .indicator(A, "Показатель A", Source.OTHER, +1, 1.0)
                .factor(F, "Фактор F", 1.0)
                .isbshMode(IsbshMode.FIXED_WEIGHTS)
                .cohortChoice(CohortChoice.fixedBoundaries(boundaries))
                .build();
    }

    /** Builder for cohorts of the {@link #simple()} methodology. */
    static final class Cohort {
        final CohortData.Builder builder = CohortData.builder();

        private final java.util.Set<String> added = new java.util.HashSet<>();

        Cohort school(String code) {
            added.add(code);
            builder.school(code, "M1", false);
            return this;
        }

        Cohort advanced(String code) {
            added.add(code);
            builder.school(code, "M1", true);
            return this;
        }

        /** Sets indicator A, which is the ИОР when the year's A values span 0..1. */
        Cohort ior(int year, String code, double value) {
            builder.indicator(code, year, A, value);
            return this;
        }

        /** Sets factor F. */
        Cohort social(int year, String code, double value) {
            builder.factor(code, year, F, value);
            return this;
        }

        /** Schools S1.. with the given A values in one year (and the schools added if needed). */
        Cohort iorRow(int year, double... values) {
            for (int i = 0; i < values.length; i++) {
                String code = "S" + (i + 1);
                if (!added.contains(code)) {
                    school(code);
                }
                ior(year, code, values[i]);
            }
            return this;
        }

        Cohort socialRow(int year, double... values) {
            for (int i = 0; i < values.length; i++) {
                social(year, "S" + (i + 1), values[i]);
            }
            return this;
        }

        CohortData build() {
            return builder.build();
        }
    }
}
