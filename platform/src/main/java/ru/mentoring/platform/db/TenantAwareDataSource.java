package ru.mentoring.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import ru.mentoring.platform.tenant.TenantIdentifierResolver;

/**
 * The application's connections, each handed out with the caller's tenant in {@code app.tenant},
 * the setting the row-level security policies of the school-owned tables read (root {@code *}, a
 * school code, or {@code -} for none). Set on every checkout from the pool, before any statement,
 * so it holds for JPA and JdbcTemplate alike, inside a transaction or in autocommit, and a pooled
 * connection never carries the previous caller's tenant into the next use.
 *
 * <p>Why at checkout and not per transaction ({@code set_config(.., true)}): a transaction-local
 * value is gone for the autocommit statements run outside a transaction, and a policy then either
 * hides everything from a legitimate read or, worse, the code works around it. A session value set
 * at every checkout covers both. The round trip is skipped when the physical connection already
 * holds that tenant (we remember what we set on it): a pool that serves one kind of caller pays it
 * once per connection, not once per transaction. Nothing else may set {@code app.tenant} for the
 * session; work that must cross tenants uses {@code TenantContext} and a transaction of its own.
 *
 * <p>A root connection ({@code *}) also switches to the schema's root role when there is one
 * ({@link DatabaseRoles#rootRole}), which bypasses the policies so that the planner sees the
 * tables' real statistics; any other tenant resets the role to the application role, under the
 * policies. Both settings go in the same round trip, and a cached plan is re-planned when the role
 * changes (PostgreSQL keys a plan's row security on the role).
 */
final class TenantAwareDataSource extends DelegatingDataSource {

    private final Supplier<String> tenant;
    /** The tenant each physical connection holds as its session value (weak: the pool may drop them). */
    private final Map<Connection, String> held = Collections.synchronizedMap(new WeakHashMap<>());

    /** The role root connections switch to, or null: root reads under the policies. */
    private final String rootRole;

    TenantAwareDataSource(DataSource target, Supplier<String> tenant, String rootRole) {
        super(target);
        this.tenant = tenant;
        this.rootRole = rootRole;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return withTenant(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return withTenant(obtainTargetDataSource().getConnection(username, password));
    }

    private Connection withTenant(Connection connection) throws SQLException {
        try {
            String wanted = tenant.get();
            Connection physical = connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
            // a value set while a transaction is open would be undone by its rollback: only trust autocommit
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit && wanted.equals(held.get(physical))) {
                return connection;
            }
            held.remove(physical);
            try (PreparedStatement set = connection.prepareStatement(
                    "select set_config('app.tenant', ?, false), set_config('role', ?, false)")) {
                set.setString(1, wanted);
                set.setString(2, rootRole != null && TenantIdentifierResolver.ROOT.equals(wanted) ? rootRole : "none");
                set.execute();
            }
            if (autoCommit) {
                held.put(physical, wanted);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
