package ru.mentoring.platform.db;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import ru.mentoring.platform.tenant.TenancyAutoConfiguration;
import ru.mentoring.platform.tenant.TenantIdentifierResolver;

/**
 * The service's schema, its application role and the tenant on every connection (see
 * {@link DatabaseBootstrap}); the row-level security policies themselves are in each service's
 * Liquibase changelog.
 */
@AutoConfiguration(after = TenancyAutoConfiguration.class,
        beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass(name = {"org.springframework.jdbc.core.JdbcTemplate", "org.hibernate.context.spi.CurrentTenantIdentifierResolver"})
@ConditionalOnProperty("platform.db.schema")
public class DatabaseAutoConfiguration {

    @Bean
    static DatabaseBootstrap platformDatabaseBootstrap(Environment environment, ObjectProvider<TenantIdentifierResolver> tenants) {
        DatabaseBootstrap.Settings settings = new DatabaseBootstrap.Settings(
                environment.getRequiredProperty("platform.db.schema"),
                environment.getProperty("spring.liquibase.url", environment.getProperty("spring.datasource.url")),
                environment.getProperty("spring.liquibase.user"),
                environment.getProperty("spring.liquibase.password"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
        // resolved when a connection is handed out, not while the post-processors are being created
        return new DatabaseBootstrap(settings, () -> tenants.getObject().resolveCurrentTenantIdentifier());
    }
}
