package ru.mentoring.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real PostgreSQL on a folder of the test's: what a platform's data folder gets. */
class PostgresServerTest {

    static final String PASSWORD = "test-superuser-password";

    @TempDir
    Path dir;

    @Test
    void aDurableServerSyncsEveryCommitAndAsksEveryConnectionForAPassword() throws Exception {
        try (PostgresServer server = PostgresServer.start(dir.resolve("pg"), 0, true, PASSWORD, false, dir.resolve("logs"))) {
            assertThat(setting(server, "fsync")).isEqualTo("on");
            assertThat(setting(server, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(server, "full_page_writes")).isEqualTo("on");
            String url = "jdbc:postgresql://localhost:" + server.port() + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong").close()).isInstanceOf(SQLException.class);
            assertThat(Files.readString(dir.resolve("pg/pg_hba.conf"))).contains("scram-sha-256").doesNotContainPattern("(?m)^[^#].*trust$");
        }
    }

    @Test
    void theLauncherKnowsTheMajorVersionOfTheServerItRuns() throws Exception {
        try (PostgresServer server = PostgresServer.start(dir.resolve("pg"), 0, false, PASSWORD, false, dir.resolve("logs"))) {
            int running = Integer.parseInt(query(server, "show server_version_num")) / 10000;
            assertThat(PostgresServer.binariesMajorVersion()).isEqualTo(running);
            assertThat(Files.readString(dir.resolve("pg/PG_VERSION")).trim()).isEqualTo(Integer.toString(running));
        }
    }

    @Test
    void aFastShutdownLeavesNoPidFileAndTheNextStartFindsTheData() throws Exception {
        Path data = dir.resolve("pg");
        try (PostgresServer server = PostgresServer.start(data, 0, true, PASSWORD, false, dir.resolve("logs"))) {
            execute(server, "create table kept (v text)", "insert into kept values ('school')");
        }
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
        try (PostgresServer server = PostgresServer.start(data, 0, true, PASSWORD, false, dir.resolve("logs"))) {
            assertThat(query(server, "select v from kept")).isEqualTo("school");
        }
    }

    @Test
    void aCommittedRowSurvivesTheServerBeingKilledAndIsRecoveredAtTheNextStart() throws Exception {
        Path data = dir.resolve("pg");
        PostgresServer server = PostgresServer.start(data, 0, true, PASSWORD, false, dir.resolve("logs"));
        long pid = server.pid().orElseThrow();
        execute(server, "create table kept (v text)", "insert into kept values ('participant')");
        new ProcessBuilder("kill", "-KILL", Long.toString(pid)).start().waitFor();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        // releases zonky's lock in this JVM, as a crashed launcher's goes with its process (the server is dead already)
        server.close();
        assertThat(data.resolve("postmaster.pid")).exists();

        try (PostgresServer again = PostgresServer.start(data, 0, true, PASSWORD, false, dir.resolve("logs"))) {
            assertThat(query(again, "select v from kept")).isEqualTo("participant");
        }
        assertThat(Files.readString(dir.resolve("logs/postgres.log"))).contains("was interrupted");
    }

    @Test
    void aServerLeftRunningByAKilledLauncherIsStoppedBeforeTheNextStart() throws Exception {
        Path data = dir.resolve("pg");
        PostgresServer orphan = PostgresServer.start(data, 0, true, PASSWORD, false, dir.resolve("logs"));
        long pid = orphan.pid().orElseThrow();
        execute(orphan, "create table kept (v text)", "insert into kept values ('pair')");
        // the launcher died without stopping it: the next start stops it (fast shutdown) and starts its own
        PostgresServer.stopOrphan(data);
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
        // releases zonky's lock in this JVM, as a killed launcher's goes with its process
        orphan.close();
        try (PostgresServer again = PostgresServer.start(data, 0, true, PASSWORD, false, dir.resolve("logs"))) {
            assertThat(query(again, "select v from kept")).isEqualTo("pair");
        }
    }

    private static String setting(PostgresServer server, String name) throws SQLException {
        return query(server, "show " + name);
    }

    private static void execute(PostgresServer server, String... statements) throws SQLException {
        try (Connection c = server.database("postgres").getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static String query(PostgresServer server, String sql) throws SQLException {
        try (Connection c = server.database("postgres").getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
