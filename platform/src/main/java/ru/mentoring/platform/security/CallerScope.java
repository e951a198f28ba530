package ru.mentoring.platform.security;

import java.util.List;
import java.util.Map;

/**
 * Which schools a caller reaches, in one of four widths: one school (a school administrator), one
 * municipality (a coordinator, a department viewer), the region (a region analyst: the cohort of
 * the index) or everything (another service of the platform). It is the one place that turns roles
 * into reach; services ask it instead of combining role checks themselves.
 *
 * <p>Reading and writing differ: a department viewer reads a municipality and writes nothing, so
 * {@link #forWriting} gives them {@link Nothing}.
 */
public sealed interface CallerScope {

    /** One school, the caller's tenant; the municipality is the token's, when it names one. */
    record School(String schoolCode, String municipality) implements CallerScope {
    }

    /** Every school of one municipality. */
    record Municipality(String municipality) implements CallerScope {
    }

    /** Every school of the region: the cohort the index is computed over. */
    record Region() implements CallerScope {
    }

    /** Every school: another service of the platform calling with its own token. */
    record Everything() implements CallerScope {
    }

    /**
     * No school at all: a token that names no tenant, or a role that does not reach schools (a mentor
     * or mentee in their own account reaches only their own pairs, which the registry looks up itself).
     */
    record Nothing() implements CallerScope {
    }

    /** What the caller may read: the widest reach among their roles. */
    static CallerScope forReading(CallerIdentity caller) {
        if (caller.isInternalService()) {
            return new Everything();
        }
        if (caller.has(Role.REGION_ANALYST)) {
            return new Region();
        }
        if ((caller.isCoordinator() || caller.isDepartmentViewer()) && present(caller.municipality())) {
            return new Municipality(caller.municipality());
        }
        if (caller.has(Role.SCHOOL_ADMIN) && present(caller.schoolCode())) {
            return new School(caller.schoolCode(), present(caller.municipality()) ? caller.municipality() : null);
        }
        return new Nothing();
    }

    /** What the caller may change: as {@link #forReading}, less the roles that only read. */
    static CallerScope forWriting(CallerIdentity caller) {
        if (caller.isInternalService()) {
            return new Everything();
        }
        if (caller.has(Role.REGION_ANALYST)) {
            return new Region();
        }
        if (caller.isCoordinator() && present(caller.municipality())) {
            return new Municipality(caller.municipality());
        }
        if (caller.has(Role.SCHOOL_ADMIN) && present(caller.schoolCode())) {
            return new School(caller.schoolCode(), present(caller.municipality()) ? caller.municipality() : null);
        }
        return new Nothing();
    }

    /** Whether a school of the given municipality lies within this scope. */
    default boolean includes(String schoolCode, String schoolMunicipality) {
        return switch (this) {
            case Everything e -> true;
            case Region r -> true;
            case Municipality m -> m.municipality().equals(schoolMunicipality);
            case School s -> s.schoolCode().equals(schoolCode);
            case Nothing n -> false;
        };
    }

    /** Whether the scope reaches more than one school (a district or wider view). */
    default boolean isWide() {
        return this instanceof Municipality || this instanceof Region || this instanceof Everything;
    }

    /** Whether the scope reaches every school of the region: a region analyst or a service. */
    default boolean isRegionWide() {
        return this instanceof Region || this instanceof Everything;
    }

    /** Whether every school of the given municipality lies within this scope. */
    default boolean coversMunicipality(String municipality) {
        return switch (this) {
            case Everything e -> true;
            case Region r -> true;
            case Municipality m -> m.municipality().equals(municipality);
            case School s -> false;
            case Nothing n -> false;
        };
    }

    /** Whether the scope reaches no school at all. */
    default boolean isEmpty() {
        return this instanceof Nothing;
    }

    /**
     * The scope as a SQL condition over a row that names its school and municipality, with
     * {@code ?} placeholders: for plain SQL, which Hibernate's {@code @TenantId} does not filter.
     *
     * @param schoolColumn       the column holding the school's code, e.g. {@code s.code}
     * @param municipalityColumn the column holding the school's municipality, e.g. {@code s.municipality_code}
     */
    default SqlCondition condition(String schoolColumn, String municipalityColumn) {
        return switch (this) {
            case Everything e -> new SqlCondition("true", List.of(), Map.of());
            case Region r -> new SqlCondition("true", List.of(), Map.of());
            case Municipality m -> new SqlCondition(municipalityColumn + " = ?", List.of(m.municipality()),
                    Map.of("scopeMunicipality", m.municipality()));
            case School s -> new SqlCondition(schoolColumn + " = ?", List.of(s.schoolCode()),
                    Map.of("scopeSchool", s.schoolCode()));
            case Nothing n -> new SqlCondition("false", List.of(), Map.of());
        };
    }

    /**
     * The same condition with named parameters ({@code :scopeSchool}, {@code :scopeMunicipality}),
     * for {@code NamedParameterJdbcTemplate} and {@code JdbcClient}.
     */
    default SqlCondition namedCondition(String schoolColumn, String municipalityColumn) {
        SqlCondition positional = condition(schoolColumn, municipalityColumn);
        return switch (this) {
            case Municipality m -> new SqlCondition(municipalityColumn + " = :scopeMunicipality", List.of(), positional.named());
            case School s -> new SqlCondition(schoolColumn + " = :scopeSchool", List.of(), positional.named());
            default -> positional;
        };
    }

    /**
     * A SQL condition and its parameters: {@code params} in order for {@code ?} placeholders,
     * {@code named} for the named form.
     */
    record SqlCondition(String sql, List<Object> params, Map<String, Object> named) {
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
