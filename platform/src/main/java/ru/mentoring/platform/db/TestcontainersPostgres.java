package ru.mentoring.platform.db;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Loaded only when Testcontainers is on the class path. */
final class TestcontainersPostgres {

    private TestcontainersPostgres() {
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @SuppressWarnings("resource") // lives as long as the JVM; Ryuk removes it afterwards
    static EmbeddedPostgres.Connection start() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine").withDatabaseName("mentoring");
        container.start();
        return new EmbeddedPostgres.Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
}
