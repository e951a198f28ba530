package ru.mentoring.platform.db;

import java.util.Map;

import org.springframework.core.env.MapPropertySource;

/** The embedded database's connection as properties (kept apart so that zonky loads only when used). */
public final class EmbeddedDatabaseProperties {

    private EmbeddedDatabaseProperties() {
    }

    public static MapPropertySource start() {
        EmbeddedPostgres.Connection c = EmbeddedPostgres.get();
        return new MapPropertySource("platformEmbeddedPostgres", Map.of(
                "spring.datasource.url", c.url(),
                "spring.datasource.username", c.username(),
                "spring.datasource.password", c.password()));
    }
}
