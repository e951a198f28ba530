package ru.mentoring.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

/**
 * The database a service uses when none is configured: Testcontainers' PostgreSQL when a Docker
 * engine answers (and Testcontainers is on the class path, i.e. in tests), otherwise a real
 * PostgreSQL from zonky's embedded binaries. One per JVM, shared by every context in it.
 */
final class EmbeddedPostgres {

    record Connection(String url, String username, String password) {
    }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static Connection started;

    private EmbeddedPostgres() {
    }

    static synchronized Connection get() {
        if (started == null) {
            started = dockerAvailable() ? TestcontainersPostgres.start() : startZonky();
        }
        return started;
    }

    private static boolean dockerAvailable() {
        if (!ClassUtils.isPresent("org.testcontainers.DockerClientFactory", EmbeddedPostgres.class.getClassLoader())) {
            return false;
        }
        try {
            return TestcontainersPostgres.dockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Connection startZonky() {
        try {
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    // the JVM is going away; nothing left to do
                }
            }, "embedded-postgres-stop"));
            createDatabase(pg, "mentoring");
            log.info("Started embedded PostgreSQL on port {} (no spring.datasource.url configured)", pg.getPort());
            // no user in the URL: it would override the application role's user name
            return new Connection("jdbc:postgresql://localhost:" + pg.getPort() + "/mentoring", "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    private static void createDatabase(io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg, String name) {
        try (var c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }
}
