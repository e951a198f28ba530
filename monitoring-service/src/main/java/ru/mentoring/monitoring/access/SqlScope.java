package ru.mentoring.monitoring.access;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import ru.mentoring.platform.security.CallerScope;

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
        if (scope.municipalityCode() == null && scope.schoolCode() == null) {
            throw new IllegalStateException("a scope names a municipality or a school");
        }
        CallerScope.SqlCondition condition = scope.reach()
                .namedCondition(roundAlias + ".school_code", roundAlias + ".municipality_code");
        params.addValues(condition.named());
        StringBuilder sql = new StringBuilder(" and ").append(condition.sql());
        if (scope.isSchool() && scope.municipalityCode() != null) {
            // a coordinator's school is also held to their municipality, as the rounds were stored
            sql.append(" and ").append(roundAlias).append(".municipality_code = :scopeMunicipality");
            params.addValue("scopeMunicipality", scope.municipalityCode());
        }
        return sql.toString();
    }
}
