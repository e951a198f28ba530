package ru.mentoring.platform.db;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.env.MapPropertySource;

/** The embedded database's connection as properties (kept apart so that zonky loads only when used). */
public final class EmbeddedDatabaseProperties {

    private EmbeddedDatabaseProperties() {
    }

    /**
     * @param schema the service's schema ({@code platform.db.schema}), or null: then the service
     *               connects as the database's superuser, as before row-level security
     */
    public static MapPropertySource start(String schema) {
        EmbeddedPostgres.Connection c = EmbeddedPostgres.get();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", c.url());
        if (schema == null) {
            properties.put("spring.datasource.username", c.username());
            properties.put("spring.datasource.password", c.password());
        } else {
            // Liquibase migrates as the superuser (the owner); the queries run as the schema's own
            // application role, which DatabaseBootstrap creates
            properties.put("spring.liquibase.user", c.username());
            properties.put("spring.liquibase.password", c.password());
            properties.put("spring.datasource.username", DatabaseRoles.defaultAppRole(schema));
            properties.put("spring.datasource.password", DatabaseRoles.defaultAppRole(schema));
        }
        return new MapPropertySource("platformEmbeddedPostgres", properties);
    }
}
