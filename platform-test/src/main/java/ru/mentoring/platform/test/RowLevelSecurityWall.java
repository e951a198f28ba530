package ru.mentoring.platform.test;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check every service with school-owned tables makes of PostgreSQL's row-level security: the
 * service connects as {@code <schema>_app}, a role that is no superuser, has no BYPASSRLS and does
 * not own the tables, so it can neither switch the wall off nor drop its policy. (A root connection
 * runs as the schema's {@code <schema>_all}, which bypasses the policies but cannot log in and owns
 * nothing either; the login is the application role.)
 */
public final class RowLevelSecurityWall {

    private RowLevelSecurityWall() {
    }

    /** Proves it on one school-owned {@code table} of the service's {@code schema}. */
    public static void assertTheServicesRoleCannotSwitchItOff(JdbcTemplate jdbc, String schema, String table) {
        Map<String, Object> role = jdbc.queryForMap("""
                select session_user as name, r.rolsuper, r.rolbypassrls,
                       (select tableowner from pg_tables where schemaname = ? and tablename = ?) as owner,
                       (select relrowsecurity and relforcerowsecurity from pg_class where oid = (? || '.' || ?)::regclass) as forced
                from pg_roles r where r.rolname = session_user""", schema, table, schema, table);
        String app = schema + "_app";
        assertThat(role.get("name")).isEqualTo(app);
        assertThat(role.get("owner")).isNotEqualTo(app);
        assertThat(role).containsEntry("rolsuper", false).containsEntry("rolbypassrls", false).containsEntry("forced", true);
        assertThatThrownBy(() -> jdbc.execute("alter table " + table + " disable row level security"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.execute("alter table " + table + " no force row level security"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.execute("drop policy tenant_isolation on " + table))
                .rootCause().hasMessageContaining("must be owner");
    }
}
