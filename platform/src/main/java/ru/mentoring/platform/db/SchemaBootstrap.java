package ru.mentoring.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Creates the service's own schema before Liquibase runs in it: Liquibase keeps its changelog
 * table inside that schema, so the schema has to exist first. Everything inside it is Liquibase's.
 */
class SchemaBootstrap implements BeanPostProcessor {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String schema;

    SchemaBootstrap(String schema) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("platform.db.schema must be a plain lower-case identifier: " + schema);
        }
        this.schema = schema;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("create schema if not exists " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create schema " + schema, e);
            }
        }
        return bean;
    }
}
