package ru.mentoring.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole platform on one machine: PostgreSQL (one database, a schema per service and one for
 * Keycloak) on a data folder ({@link DataFolder}), real Keycloak with the realm, the three services,
 * the web application and the gateway as processes of their own jars. {@link #close()} stops
 * everything it started, in order: the gateway and the services, Keycloak, PostgreSQL last.
 */
public final class Platform implements AutoCloseable {

    /**
     * @param home         the project's root (where the modules' {@code target/*.jar} are)
     * @param keycloakZip  the {@code keycloak-quarkus-dist} zip (copied from Maven Central by the build)
     * @param cacheDir     where Keycloak is unpacked (and built) once
     * @param instance     a name that keeps a local run and a test run apart in the cache and the logs
     * @param gatewayPort  the gateway; services take the next four ports
     * @param keycloakPort Keycloak's HTTP port (its management port is 1000 above)
     * @param postgresPort 0 for any free port
     * @param demo         the demo district (loaded into a new folder) instead of an empty platform
     * @param dataDir      the data folder, kept from run to run; null for a throwaway one (tests), deleted at the end
     * @param serviceArgs  extra {@code --key=value} arguments for every service and the gateway
     */
    public record Settings(Path home, Path keycloakZip, Path cacheDir, String instance, int gatewayPort, int keycloakPort,
            int postgresPort, boolean demo, Path dataDir, List<String> serviceArgs) {

        public Path logDir() {
            return home.resolve(".platform").resolve(instance).resolve("logs");
        }

        public String gatewayUrl() {
            return "http://localhost:" + gatewayPort;
        }

        public String keycloakUrl() {
            return "http://localhost:" + keycloakPort;
        }

        public int registryPort() {
            return gatewayPort + 1;
        }

        public int indexPort() {
            return gatewayPort + 2;
        }

        public int monitoringPort() {
            return gatewayPort + 3;
        }

        /** The demo's mail sink (SMTP on loopback), where Keycloak's invitations go: 25 above Keycloak's port. */
        public int mailPort() {
            return keycloakPort + 25;
        }

        /** The web application (pages), reached through the gateway; the fifth port. */
        public int webPort() {
            return gatewayPort + 4;
        }

        public static Path defaultCacheDir() {
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
            return base.resolve("mentoring-platform");
        }
    }

    /** System property with the services' JVM options (the benchmarks run with the full JIT). */
    public static final String JVM_OPTIONS = "platform.service.jvm-options";

    /** For benchmarks: load pg_stat_statements, so the time each statement takes can be read. */
    public static final String STAT_STATEMENTS = "platform.postgres.stat-statements";
    /** Quick start-up for a laptop: the C1 compiler only, a small serial heap. */
    static final String DEFAULT_JVM_OPTIONS = "-Xmx768m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    /**
     * The services start quicker with C1 only; the gateway, which every request passes, keeps the full
     * JIT: under C1 it spent about twice the CPU per relayed request (docs/benchmarks.md, "Gateway overhead").
     */
    static String defaultJvmOptions(String module) {
        return module.equals("gateway") ? "-Xmx768m -XX:+UseSerialGC" : DEFAULT_JVM_OPTIONS;
    }
    static final String DATABASE = "mentoring";

    private final Settings settings;
    private final List<AutoCloseable> started = new ArrayList<>();
    private DataFolder folder;
    private ClientSecrets secrets;
    private PostgresServer postgres;
    private PlatformClient client;
    private String keycloakAdminPassword;
    private boolean demoLoadedNow;
    private boolean closed;
    private boolean restoring;

    private Platform(Settings settings) {
        this.settings = settings;
    }

    /** Starts the whole platform; on any failure stops what it had started and throws. */
    public static Platform start(Settings settings) {
        Platform platform = create(settings);
        platform.begin();
        return platform;
    }

    /** A platform not started yet: {@link #begin()} starts it, {@link #close()} may be called meanwhile (a signal). */
    static Platform create(Settings settings) {
        return new Platform(settings);
    }

    /**
     * This start only makes a new folder's schemas (the services' Liquibase, Keycloak's) for a
     * backup to be restored into: the demo district is not loaded, the backup brings it.
     */
    void forRestore() {
        restoring = true;
    }

    void begin() {
        try {
            startAll();
        } catch (Exception e) {
            close();
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
    }

    /** Remembers what was started, to stop it; once {@link #close()} has begun, stops it at once and gives up starting. */
    private synchronized <T extends AutoCloseable> T track(T resource) {
        if (closed) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
            throw new IllegalStateException("stopped while starting");
        }
        started.add(resource);
        return resource;
    }

    private void startAll() throws IOException, SQLException {
        Path logs = settings.logDir();
        Files.createDirectories(logs);

        boolean durable = settings.dataDir() != null;
        Path root = durable ? settings.dataDir() : Files.createTempDirectory("mentoring-platform-");
        if (!durable) {
            track(() -> KeycloakServer.deleteTree(root));
        }
        folder = track(DataFolder.open(root, settings.demo() ? DataFolder.Kind.DEMO : DataFolder.Kind.PLATFORM,
                PostgresServer.binariesMajorVersion()));
        if (settings.demo() && folder.initialised() && !folder.demoLoaded()) {
            throw new DataFolder.RefusedException("the demo district's first load into " + folder.root()
                    + " did not finish: start over with ./run-platform --demo --reset");
        }
        ManagedProcess.stopLeftovers(folder.processesFile());
        secrets = ClientSecrets.loadOrCreate(folder.secretsFile());

        postgres = track(PostgresServer.start(folder.postgres(), settings.postgresPort(), durable,
                secrets.database(ClientSecrets.DB_SUPERUSER), Boolean.getBoolean(STAT_STATEMENTS), logs));
        folder.markInitialised();
        boolean keycloakNew = prepareDatabase();
        String jdbcUrl = jdbcUrl();

        if (settings.demo()) {
            // the demo's invitations (own accounts of mentors and mentees) are kept in the folder, not sent
            track(MailSink.start(settings.mailPort(), mailFolder()));
        }
        String realm = null;
        RealmUpgrade.TemporaryAdmin upgradeAdmin = null;
        if (keycloakNew) {
            realm = settings.demo() ? RealmDefinition.withDemoDistrict(secrets, settings.mailPort())
                    : RealmDefinition.forPlatform(secrets);
            keycloakAdminPassword = ClientSecrets.random(new SecureRandom());
        } else if (realmUpgradeNeeded()) {
            upgradeAdmin = RealmUpgrade.TemporaryAdmin.random();
        }
        KeycloakServer keycloak = KeycloakServer.start(settings.keycloakZip(), settings.cacheDir(), settings.instance(),
                settings.keycloakPort(), new KeycloakServer.Database(jdbcUrl, secrets.database(ClientSecrets.DB_KEYCLOAK)), realm,
                keycloakAdminPassword, upgradeAdmin, logs);
        // the processes' ids are forgotten only after they stopped
        track(() -> Files.deleteIfExists(folder.processesFile()));
        track(keycloak);

        List<String> common = new ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl,
                // Liquibase migrates as the owner; each service's queries run as its own role
                // (<schema>_app, created at start-up with the folder's password), held to row-level security
                "--spring.liquibase.user=postgres",
                "--platform.keycloak.url=" + settings.keycloakUrl(),
                "--platform.services.registry=http://localhost:" + settings.registryPort(),
                "--platform.services.school-index=http://localhost:" + settings.indexPort(),
                "--platform.services.monitoring=http://localhost:" + settings.monitoringPort(),
                "--platform.services.web=http://localhost:" + settings.webPort()));
        common.addAll(settings.serviceArgs());

        Map<String, Integer> services = new LinkedHashMap<>();
        services.put("registry-service", settings.registryPort());
        services.put("school-index-service", settings.indexPort());
        services.put("monitoring-service", settings.monitoringPort());
        services.put("web", settings.webPort());
        services.put("gateway", settings.gatewayPort());
        if (restoring) {
            // only what makes the schemas: nobody uses this start
            services.remove("web");
            services.remove("gateway");
        }
        Map<ManagedProcess, Integer> processes = new LinkedHashMap<>();
        // written as each starts: a launcher killed halfway leaves the next start what it had started
        List<ManagedProcess> all = new ArrayList<>(List.of(keycloak.process()));
        ManagedProcess.record(folder.processesFile(), all);
        for (Map.Entry<String, Integer> service : services.entrySet()) {
            List<String> args = common;
            if (service.getKey().equals("web")) {
                args = new ArrayList<>(common);
                args.add("--platform.gateway.url=" + settings.gatewayUrl());
                args.add("--platform.municipalities." + DemoDistrict.MUNICIPALITY + "=" + DemoDistrict.MUNICIPALITY_NAME);
            }
            if (service.getKey().equals("monitoring-service")) {
                // the information note names the municipality, as the pages do
                args = new ArrayList<>(common);
                args.add("--platform.municipalities." + DemoDistrict.MUNICIPALITY + "=" + DemoDistrict.MUNICIPALITY_NAME);
            }
            ManagedProcess p = track(startService(service.getKey(), service.getValue(), args, logs));
            processes.put(p, service.getValue());
            all.add(p);
            ManagedProcess.record(folder.processesFile(), all);
        }

        // a first start unpacks and builds Keycloak: minutes on a busy machine
        Duration startTimeout = Duration.ofSeconds(Long.getLong("platform.start-timeout-seconds", 600));
        keycloak.awaitReady(startTimeout);
        if (upgradeAdmin != null) {
            List<String> added = RealmUpgrade.apply(keycloak.url(), upgradeAdmin, RealmDefinition.realmFile());
            System.out.println(added.isEmpty() ? "The realm was up to date after all."
                    : "Added to the realm from the realm file: " + String.join(", ", added) + ".");
        }
        for (Map.Entry<ManagedProcess, Integer> p : processes.entrySet()) {
            HttpProbe.awaitOk(p.getKey(), "http://localhost:" + p.getValue() + "/actuator/health", startTimeout);
        }
        client = new PlatformClient(settings.gatewayUrl(), settings.keycloakUrl());
        if (settings.demo() && !folder.demoLoaded() && restoring) {
            folder.markDemoLoaded();
        } else if (settings.demo() && !folder.demoLoaded()) {
            new DemoLoader(client).load();
            folder.markDemoLoaded();
            demoLoadedNow = true;
        }
    }

    /**
     * The database {@value #DATABASE}, and in it Keycloak's role and schema, when missing (a new
     * folder). Returns whether Keycloak's realm is still to be imported.
     */
    private boolean prepareDatabase() throws SQLException {
        try (Connection c = postgres.database("postgres").getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!r.next()) {
                    s.execute("create database " + DATABASE);
                }
            }
        }
        try (Connection c = postgres.database(DATABASE).getConnection(); Statement s = c.createStatement()) {
            String role = KeycloakServer.DB_SCHEMA;
            try (ResultSet r = s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
                if (!r.next()) {
                    s.execute("set password_encryption = 'scram-sha-256'");
                    s.execute("create role " + role + " login password '" + secrets.database(ClientSecrets.DB_KEYCLOAK).replace("'", "''") + "'");
                }
            }
            s.execute("create schema if not exists " + KeycloakServer.DB_SCHEMA + " authorization " + role);
            try (ResultSet r = s.executeQuery("select to_regclass('" + KeycloakServer.DB_SCHEMA + ".realm') is not null")) {
                r.next();
                if (!r.getBoolean(1)) {
                    return true;
                }
            }
            try (ResultSet r = s.executeQuery("select 1 from " + KeycloakServer.DB_SCHEMA + ".realm where name = 'mentoring'")) {
                return !r.next();
            }
        }
    }

    /** Whether the existing realm lacks anything of the realm file (roles, the web client's mappers, profile attributes). */
    private boolean realmUpgradeNeeded() throws SQLException {
        try (Connection c = postgres.database(DATABASE).getConnection()) {
            return RealmUpgrade.needed(c, KeycloakServer.DB_SCHEMA, RealmUpgrade.Expected.of(RealmDefinition.realmFile()));
        }
    }

    private ManagedProcess startService(String module, int port, List<String> common, Path logs)
            throws IOException {
        Path jar = settings.home().resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty(JVM_OPTIONS, defaultJvmOptions(module)).trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(common);
        // the environment, not arguments: a process's arguments are visible to every user of the machine
        String client = ClientSecrets.clientOf(module);
        Map<String, String> environment = new LinkedHashMap<>();
        if (secrets.has(client)) {
            environment.put("PLATFORM_KEYCLOAK_CLIENT_SECRET", secrets.of(client));
        }
        if (ClientSecrets.SERVICES.contains(module)) {
            environment.put("SPRING_LIQUIBASE_PASSWORD", secrets.database(ClientSecrets.DB_SUPERUSER));
            environment.put("SPRING_DATASOURCE_PASSWORD", secrets.database(ClientSecrets.DB_APP));
        }
        return ManagedProcess.start(module, command, environment, settings.home(), logs);
    }

    public Settings settings() {
        return settings;
    }

    /** The secrets of the services' confidential clients (for tests of the service accounts). */
    public ClientSecrets clientSecrets() {
        return secrets;
    }

    /** Keycloak's first administrator's password, made at the data folder's first start; empty on later starts. */
    public Optional<String> keycloakAdminPassword() {
        return Optional.ofNullable(keycloakAdminPassword);
    }

    /** PostgreSQL's superuser's password (the data folder's). */
    public String databasePassword() {
        return secrets.database(ClientSecrets.DB_SUPERUSER);
    }

    /** The data folder. */
    public Path dataDir() {
        return folder.root();
    }

    /** Where the demo's mail sink keeps the messages Keycloak sent (one {@code .eml} file each). */
    public Path mailFolder() {
        return folder.root().resolve(DataFolder.MAIL_FOLDER);
    }

    /** Whether this start loaded the demo district (into a new folder). */
    public boolean demoLoadedNow() {
        return demoLoadedNow;
    }

    public PlatformClient client() {
        return client;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.port() + "/" + DATABASE;
    }

    public static List<String> demoLogins() {
        return RealmDefinition.demoLogins();
    }

    @Override
    public void close() {
        List<AutoCloseable> toStop;
        synchronized (this) {
            closed = true;
            toStop = new ArrayList<>(started);
            started.clear();
        }
        // the gateway first, then the services, Keycloak, PostgreSQL (fast shutdown), the folder's lock last
        for (int i = toStop.size() - 1; i >= 0; i--) {
            try {
                toStop.get(i).close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
    }
}
