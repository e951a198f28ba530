package ru.mentoring.platform.db;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.jdbc.core.JdbcTemplate")
@ConditionalOnProperty("platform.db.schema")
public class DatabaseAutoConfiguration {

    @Bean
    static SchemaBootstrap platformSchemaBootstrap(Environment environment) {
        return new SchemaBootstrap(environment.getRequiredProperty("platform.db.schema"));
    }
}
