package ru.mentoring.index.official;

import java.util.List;
import java.util.Optional;

import ru.mentoring.platform.security.CallerIdentity;

/**
 * The schools a caller may read, as a SQL condition over a cohort_school row: the same rule as the
 * classification results (a service every school, a coordinator or department viewer the schools
 * of their municipality, a school administrator their own school). Native SQL is not covered by
 * Hibernate's tenant filter, so every read names this condition.
 *
 * @param sql    a condition with {@code ?} placeholders
 * @param params the values of the placeholders, in order
 */
public record SchoolScope(String sql, List<Object> params) {

    /**
     * @param codeColumn         the column holding the school's code, e.g. {@code c.code}
     * @param municipalityColumn the cohort_school municipality column, e.g. {@code c.municipality_code}
     * @return empty when the caller may read no school at all
     */
    public static Optional<SchoolScope> of(CallerIdentity caller, String codeColumn, String municipalityColumn) {
        if (caller.isInternalService()) {
            return Optional.of(new SchoolScope("true", List.of()));
        }
        if ((caller.isCoordinator() || caller.isDepartmentViewer()) && caller.municipality() != null) {
            return Optional.of(new SchoolScope(municipalityColumn + " = ?", List.of(caller.municipality())));
        }
        if (caller.isSchoolAdminOnly() && caller.schoolCode() != null) {
            return Optional.of(new SchoolScope(codeColumn + " = ?", List.of(caller.schoolCode())));
        }
        return Optional.empty();
    }
}
