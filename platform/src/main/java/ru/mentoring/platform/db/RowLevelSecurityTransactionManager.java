package ru.mentoring.platform.db;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.mentoring.platform.tenant.TenantIdentifierResolver;

/**
 * The database-level wall behind {@code @TenantId}: every transaction switches to a role that does
 * not own the tables (so PostgreSQL's row-level security applies to it) and sets
 * {@code app.tenant} for the policies, both transaction-local, so a pooled connection never
 * carries a previous caller's tenant. Liquibase, which runs outside these transactions, keeps the
 * owner's rights. Native SQL is guarded too, which {@code @TenantId} alone does not do.
 */
public class RowLevelSecurityTransactionManager extends JpaTransactionManager {

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String role;
    private final TenantIdentifierResolver tenants;

    public RowLevelSecurityTransactionManager(String role, TenantIdentifierResolver tenants) {
        if (!ROLE_NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("platform.db.row-level-security.role must be a plain identifier: " + role);
        }
        this.role = role;
        this.tenants = tenants;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        if (holder == null) {
            return;
        }
        EntityManager em = holder.getEntityManager();
        String tenant = tenants.resolveCurrentTenantIdentifier();
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute("set local role " + role);
            }
            try (PreparedStatement p = connection.prepareStatement("select set_config('app.tenant', ?, true)")) {
                p.setString(1, tenant);
                p.execute();
            }
        });
    }
}
