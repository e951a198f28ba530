package ru.mentoring.platform.tenant;

import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/** Registers the token-driven tenant resolver with Hibernate in every service that uses JPA. */
@AutoConfiguration
@ConditionalOnClass(name = "org.hibernate.context.spi.CurrentTenantIdentifierResolver")
public class TenancyAutoConfiguration {

    @Bean
    TenantIdentifierResolver tenantIdentifierResolver() {
        return new TenantIdentifierResolver();
    }

    @Bean
    HibernatePropertiesCustomizer tenantResolverCustomizer(TenantIdentifierResolver resolver) {
        return properties -> properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
    }
}
