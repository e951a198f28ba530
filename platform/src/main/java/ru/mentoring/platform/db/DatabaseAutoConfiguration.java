package ru.mentoring.platform.db;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import ru.mentoring.platform.tenant.TenancyAutoConfiguration;
import ru.mentoring.platform.tenant.TenantIdentifierResolver;

@AutoConfiguration(after = TenancyAutoConfiguration.class,
        beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.jdbc.core.JdbcTemplate")
@ConditionalOnProperty("platform.db.schema")
public class DatabaseAutoConfiguration {

    /**
     * Opt-in per service ({@code platform.db.row-level-security.role}): the role its Liquibase
     * changelog creates, grants and writes policies for.
     */
    @Bean
    @ConditionalOnProperty("platform.db.row-level-security.role")
    @ConditionalOnClass(name = "org.hibernate.Session")
    RowLevelSecurityTransactionManager transactionManager(Environment environment, TenantIdentifierResolver tenants,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        RowLevelSecurityTransactionManager manager = new RowLevelSecurityTransactionManager(
                environment.getRequiredProperty("platform.db.row-level-security.role"), tenants);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }

    @Bean
    static SchemaBootstrap platformSchemaBootstrap(Environment environment) {
        return new SchemaBootstrap(environment.getRequiredProperty("platform.db.schema"));
    }
}
