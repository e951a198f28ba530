package ru.mentoring.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real PostgreSQL (zonky's binaries) on a data directory of ours. A durable one (a platform's data
 * folder) runs with PostgreSQL's own defaults, {@code fsync} and {@code synchronous_commit} on
 * (zonky turns both off for tests), is initialised once and reused; a throwaway one (the
 * end-to-end tests) keeps zonky's fast settings. Either way only password logins are accepted
 * (SCRAM; the superuser's password is the folder's), and {@link #close()} is PostgreSQL's fast
 * shutdown: running transactions are rolled back, a checkpoint written, the pid file removed.
 */
final class PostgresServer implements AutoCloseable {

    /** Crash recovery of a large folder can take a while before the server accepts connections. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(5);
    private static final Duration STOP_WAIT = Duration.ofMinutes(2);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final String superuserPassword;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDir, String superuserPassword) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.superuserPassword = superuserPassword;
    }

    /** The major version of the PostgreSQL binaries the launcher runs (a data folder of another is refused). */
    static int binariesMajorVersion() {
        try (InputStream in = PostgresServer.class.getResourceAsStream("/launcher.properties")) {
            if (in == null) {
                throw new IllegalStateException("launcher.properties is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return Integer.parseInt(p.getProperty("postgres.version").split("\\.")[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PostgresServer start(Path dataDir, int port, boolean durable, String superuserPassword, boolean statStatements,
            Path logDir) throws IOException, SQLException {
        stopOrphan(dataDir);
        Files.createDirectories(logDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("max_connections", "300")
                // the server's log (pg_ctl hands it its output): recovery and checkpoints are visible there
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logDir.resolve("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logDir.resolve("postgres.log").toFile()))
                .setConnectConfig("password", superuserPassword);
        if (durable) {
            // zonky starts the server with -F (fsync off) and synchronous_commit off: fine for tests, data loss
            // at a power cut for a platform. A later -c overrides -F on the server's command line.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (statStatements) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        EmbeddedPostgres postgres = builder.start();
        PostgresServer server = new PostgresServer(postgres, dataDir, superuserPassword);
        try {
            server.requirePasswords();
        } catch (SQLException | IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * zonky's initdb trusts every local connection; once the superuser has its password, the
     * folder's {@code pg_hba.conf} asks every connection for one (SCRAM), so another account on the
     * machine cannot open the platform's data.
     */
    private void requirePasswords() throws SQLException, IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        String rules = Files.readString(hba);
        if (!rules.lines().anyMatch(PostgresServer::trusts)) {
            return;
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("set password_encryption = 'scram-sha-256'");
            s.execute("alter role postgres password '" + superuserPassword.replace("'", "''") + "'");
            StringBuilder hardened = new StringBuilder();
            rules.lines().forEach(line -> hardened.append(trusts(line) ? line.replaceAll("\\btrust\\s*$", "scram-sha-256") : line).append('\n'));
            Files.writeString(hba, hardened.toString());
            s.execute("select pg_reload_conf()");
        }
    }

    private static boolean trusts(String line) {
        String trimmed = line.trim();
        return !trimmed.startsWith("#") && trimmed.matches(".*\\btrust$");
    }

    /**
     * A launcher killed without its stop (SIGKILL, a crash) leaves its PostgreSQL running: it is
     * stopped here (fast shutdown), so that this start owns the folder. A server that died with it
     * leaves only a stale pid file, which PostgreSQL itself recognises and replaces, then recovers.
     */
    static void stopOrphan(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        System.out.println("PostgreSQL of an earlier run is still running on " + dataDir + " (pid " + postmaster.get().pid()
                + "): stopping it first");
        signal(postmaster.get().pid(), "INT");
        awaitExit(postmaster.get(), pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGINT is PostgreSQL's fast shutdown (SIGTERM would wait for every client to leave). */
    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitExit(ProcessHandle postmaster, Path pidFile) {
        Instant deadline = Instant.now().plus(STOP_WAIT);
        while (Instant.now().isBefore(deadline) && (postmaster.isAlive() || Files.exists(pidFile))) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (postmaster.isAlive()) {
            throw new IllegalStateException("PostgreSQL (pid " + postmaster.pid() + ") on " + pidFile.getParent()
                    + " did not stop within " + STOP_WAIT.toSeconds() + " s");
        }
    }

    int port() {
        return postgres.getPort();
    }

    String superuserPassword() {
        return superuserPassword;
    }

    DataSource database(String name) {
        return postgres.getDatabase("postgres", name);
    }

    /** The postmaster's pid while it runs (for the crash tests). */
    Optional<Long> pid() {
        return readPid(dataDir.resolve("postmaster.pid"));
    }

    @Override
    public void close() {
        Optional<ProcessHandle> postmaster = pid().flatMap(ProcessHandle::of);
        try {
            // pg_ctl stop -m fast, waiting 5 s: a longer checkpoint goes on after pg_ctl gives up, so wait for it here
            postgres.close();
        } catch (IOException e) {
            System.err.println("while stopping PostgreSQL: " + e);
        }
        postmaster.ifPresent(p -> awaitExit(p, dataDir.resolve("postmaster.pid")));
    }
}
