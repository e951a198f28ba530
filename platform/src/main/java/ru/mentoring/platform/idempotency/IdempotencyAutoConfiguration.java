package ru.mentoring.platform.idempotency;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.mentoring.platform.db.DatabaseAutoConfiguration;

/** The {@code Idempotency-Key} filter of every service with a database (its schema has the table). */
@AutoConfiguration(after = DatabaseAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty("platform.db.schema")
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    @Bean
    @ConditionalOnProperty(name = "platform.idempotency.enabled", matchIfMissing = true)
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(DataSource dataSource, IdempotencyProperties properties) {
        IdempotentRequests requests = new IdempotentRequests(new JdbcTemplate(dataSource), properties, Clock.systemUTC());
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(new IdempotencyFilter(requests));
        // after Spring Security's chain: the caller is known, and an unauthenticated request claims nothing
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
