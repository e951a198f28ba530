package ru.mentoring.platform.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Prepares the service's database before Liquibase runs and hands the application a connection
 * that row-level security applies to.
 *
 * <p>Two roles: the <em>owner</em> ({@code spring.liquibase.user}) creates the schema and, through
 * Liquibase, owns every table in it; the <em>application role</em> ({@code spring.datasource.username})
 * is what the service's queries run as. It does not own the tables, so it can neither switch their
 * row-level security off nor escape a forced policy, and it is created here when missing (login,
 * no superuser, no BYPASSRLS) with only what the service needs: use of the schema, DML on its
 * tables (now and, by default privileges, every table Liquibase adds later), its sequences, and
 * MAINTAIN (PostgreSQL 17: ANALYZE after bulk imports).
 *
 * <p>A third role, {@code <schema>_all} ({@link DatabaseRoles#rootRole}), holds the same privileges,
 * cannot log in, and has BYPASSRLS; the application role may {@code SET ROLE} to it, and does so
 * for root connections only ({@code app.tenant = '*'}, which the policies let see every row anyway).
 * A school's connection stays the application role under the policies. Why: the policies' tenant
 * test is opaque to PostgreSQL's planner, which then estimates a few rows where there are a million
 * and nests loops over them (the dynamics of a municipality took 30 s instead of 1 s). Where the
 * owner may not create a BYPASSRLS role (neither superuser nor CREATEROLE with BYPASSRLS), or the
 * operator did not create it, root connections keep {@code '*'} under the policies, as before.
 *
 * <p>Then every {@link DataSource} bean is wrapped in a {@link TenantAwareDataSource}. A service
 * whose application role turns out to be a superuser or to have BYPASSRLS refuses to start: the
 * policies would silently not apply. One that connects as the owner (no {@code spring.liquibase.user}
 * configured) starts with a warning: the policies are forced on it, but it could drop them.
 */
class DatabaseBootstrap implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBootstrap.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** Where and as whom: {@code owner} null when no separate migration user is configured. */
    record Settings(String schema, String url, String owner, String ownerPassword, String appRole, String appPassword) {

        Settings {
            if (!IDENTIFIER.matcher(schema).matches()) {
                throw new IllegalArgumentException("platform.db.schema must be a plain lower-case identifier: " + schema);
            }
        }

        boolean separateOwner() {
            return owner != null && !owner.isBlank() && appRole != null && !owner.equals(appRole);
        }
    }

    private final Settings settings;
    private final Supplier<String> tenant;

    DatabaseBootstrap(Settings settings, Supplier<String> tenant) {
        this.settings = settings;
        this.tenant = tenant;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource) || bean instanceof TenantAwareDataSource) {
            return bean;
        }
        try {
            if (settings.separateOwner()) {
                try (Connection owner = DriverManager.getConnection(settings.url(), settings.owner(), settings.ownerPassword())) {
                    prepare(owner);
                }
            } else {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("create schema if not exists " + settings.schema());
                }
            }
            String rootRole;
            try (Connection app = dataSource.getConnection()) {
                check(app);
                rootRole = usableRootRole(app);
            }
            return new TenantAwareDataSource(dataSource, tenant, rootRole);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare schema " + settings.schema() + ": " + e.getMessage(), e);
        }
    }

    private void prepare(Connection owner) throws SQLException {
        String schema = settings.schema();
        String app = settings.appRole();
        if (!IDENTIFIER.matcher(app).matches()) {
            throw new IllegalArgumentException("spring.datasource.username must be a plain lower-case role name: " + app);
        }
        try (Statement s = owner.createStatement()) {
            s.execute("create schema if not exists " + schema);
            if (!roleExists(owner, app)) {
                // two instances starting together may both try: the second one's duplicate is harmless
                s.execute("do $$ begin create role " + app + " login password " + literal(settings.appPassword())
                        + " nosuperuser nobypassrls nocreatedb nocreaterole; exception when duplicate_object then null; end $$");
                log.info("Created the application role {} of schema {}", app, schema);
            }
            s.execute("grant usage on schema " + schema + " to " + app);
            s.execute("grant select, insert, update, delete on all tables in schema " + schema + " to " + app);
            s.execute("grant usage, select on all sequences in schema " + schema + " to " + app);
            s.execute("alter default privileges in schema " + schema + " grant select, insert, update, delete on tables to " + app);
            s.execute("alter default privileges in schema " + schema + " grant usage, select on sequences to " + app);
            grantTheService(s, owner, schema, app);
            String root = DatabaseRoles.rootRole(schema);
            if (!roleExists(owner, root) && mayCreateBypassingRoles(owner)) {
                s.execute("do $$ begin create role " + root + " nologin bypassrls nosuperuser nocreatedb nocreaterole;"
                        + " exception when duplicate_object then null; end $$");
                log.info("Created the root role {} of schema {}", root, schema);
            }
            if (roleExists(owner, root)) {
                grantTheService(s, owner, schema, root);
                s.execute("grant " + root + " to " + app);
            }
        }
    }

    private static void grantTheService(Statement s, Connection owner, String schema, String role) throws SQLException {
        s.execute("grant usage on schema " + schema + " to " + role);
        s.execute("grant select, insert, update, delete on all tables in schema " + schema + " to " + role);
        s.execute("grant usage, select on all sequences in schema " + schema + " to " + role);
        s.execute("alter default privileges in schema " + schema + " grant select, insert, update, delete on tables to " + role);
        s.execute("alter default privileges in schema " + schema + " grant usage, select on sequences to " + role);
        if (owner.getMetaData().getDatabaseMajorVersion() >= 17) {
            s.execute("grant maintain on all tables in schema " + schema + " to " + role);
            s.execute("alter default privileges in schema " + schema + " grant maintain on tables to " + role);
        }
    }

    private static boolean mayCreateBypassingRoles(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select rolsuper or (rolcreaterole and rolbypassrls) from pg_roles where rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** {@code <schema>_all} when it exists, bypasses the policies and the application role may switch to it; else null. */
    private String usableRootRole(Connection app) throws SQLException {
        String root = DatabaseRoles.rootRole(settings.schema());
        try (PreparedStatement p = app.prepareStatement("""
                select r.rolbypassrls and not r.rolcanlogin and pg_has_role(current_user, r.oid, 'MEMBER')
                from pg_roles r where r.rolname = ?""")) {
            p.setString(1, root);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next() && rs.getBoolean(1)) {
                    return root;
                }
            }
        }
        log.info("No usable root role {}: root connections read schema {} under its row-level security policies", root,
                settings.schema());
        return null;
    }

    private static boolean roleExists(Connection c, String role) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            p.setString(1, role);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void check(Connection app) throws SQLException {
        try (PreparedStatement p = app.prepareStatement("""
                select r.rolname, r.rolsuper, r.rolbypassrls,
                       exists (select 1 from pg_tables t where t.schemaname = ? and t.tableowner = r.rolname) as owns
                from pg_roles r where r.rolname = current_user""")) {
            p.setString(1, settings.schema());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                if (rs.getBoolean("rolsuper") || rs.getBoolean("rolbypassrls")) {
                    throw new IllegalStateException("The service connects as " + rs.getString("rolname")
                            + ", a superuser or a role with BYPASSRLS: row-level security would not apply. Connect as the"
                            + " application role (spring.datasource.username) and migrate as the owner (spring.liquibase.user).");
                }
                if (rs.getBoolean("owns") || !settings.separateOwner()) {
                    log.warn("The service connects as {}, the owner of schema {}'s tables: row-level security is forced on it,"
                            + " but the owner could switch it off. Set spring.liquibase.user to the owner and"
                            + " spring.datasource.username to the application role.", rs.getString("rolname"), settings.schema());
                }
            }
        }
    }

    private static String literal(String value) {
        if (value == null) {
            throw new IllegalArgumentException("spring.datasource.password must be set for the application role");
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
