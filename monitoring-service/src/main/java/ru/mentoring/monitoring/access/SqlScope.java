package ru.mentoring.monitoring.access;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The tenancy condition of plain SQL over rounds: {@code @TenantId} does not reach JdbcTemplate, so
 * every aggregate query takes its scope from here and from nowhere else.
 */
public final class SqlScope {

    private SqlScope() {
    }

    /**
     * {@code and ...} conditions on a round alias (columns {@code school_code},
     * {@code municipality_code}) that keep the query inside the scope; binds {@code :scopeSchool}
     * and {@code :scopeMunicipality}.
     */
    public static String on(String roundAlias, Scope scope, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder();
        if (scope.municipalityCode() == null && scope.schoolCode() == null) {
            throw new IllegalStateException("a scope names a municipality or a school");
        }
        if (scope.municipalityCode() != null) {
            sql.append(" and ").append(roundAlias).append(".municipality_code = :scopeMunicipality");
            params.addValue("scopeMunicipality", scope.municipalityCode());
        }
        if (scope.schoolCode() != null) {
            sql.append(" and ").append(roundAlias).append(".school_code = :scopeSchool");
            params.addValue("scopeSchool", scope.schoolCode());
        }
        return sql.toString();
    }
}
