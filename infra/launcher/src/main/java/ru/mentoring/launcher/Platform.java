package ru.mentoring.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The whole platform on one machine: embedded PostgreSQL (one database, a schema per service),
 * real Keycloak with the realm, the three services and the gateway as processes of their own jars.
 * {@link #close()} stops everything it started.
 */
public final class Platform implements AutoCloseable {

    /**
     * @param home         the project's root (where the modules' {@code target/*.jar} are)
     * @param keycloakZip  the {@code keycloak-quarkus-dist} zip (copied from Maven Central by the build)
     * @param cacheDir     where Keycloak is unpacked once
     * @param instance     a name that keeps a local run and a test run apart in the cache
     * @param gatewayPort  the gateway; services take the next three ports
     * @param keycloakPort Keycloak's HTTP port (its management port is 1000 above)
     * @param postgresPort 0 for any free port
     * @param serviceArgs  extra {@code --key=value} arguments for every service and the gateway
     */
    public record Settings(Path home, Path keycloakZip, Path cacheDir, String instance, int gatewayPort, int keycloakPort,
            int postgresPort, boolean demo, List<String> serviceArgs) {

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

    private final Settings settings;
    private final List<AutoCloseable> started = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private PlatformClient client;

    private Platform(Settings settings) {
        this.settings = settings;
    }

    public static Platform start(Settings settings) {
        Platform platform = new Platform(settings);
        try {
            platform.startAll();
            return platform;
        } catch (Exception e) {
            platform.close();
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
    }

    private void startAll() throws IOException, SQLException {
        Path logs = settings.logDir();
        Files.createDirectories(logs);

        EmbeddedPostgres.Builder database = EmbeddedPostgres.builder().setPort(settings.postgresPort()).setServerConfig("max_connections", "300");
        if (Boolean.getBoolean(STAT_STATEMENTS)) {
            database.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        postgres = database.start();
        started.add(postgres);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database mentoring");
        }
        String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/mentoring";

        // the web client's secret: new for every run, handed to Keycloak in the realm and to `web` in its environment
        String webSecret = RealmDefinition.newSecret();
        KeycloakServer keycloak = KeycloakServer.start(settings.keycloakZip(), settings.cacheDir(), settings.instance(),
                settings.keycloakPort(), RealmDefinition.withDemoDistrict(webSecret), logs);
        started.add(keycloak);

        List<String> common = new ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
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
        Map<ManagedProcess, Integer> processes = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> service : services.entrySet()) {
            List<String> args = common;
            Map<String, String> environment = Map.of();
            if (service.getKey().equals("web")) {
                args = new ArrayList<>(common);
                args.add("--platform.gateway.url=" + settings.gatewayUrl());
                args.add("--platform.municipalities." + DemoDistrict.MUNICIPALITY + "=" + DemoDistrict.MUNICIPALITY_NAME);
                environment = Map.of("PLATFORM_KEYCLOAK_CLIENT_SECRET", webSecret); // not on the command line (ps shows it)
            }
            ManagedProcess p = startService(service.getKey(), service.getValue(), args, environment, logs);
            started.add(p);
            processes.put(p, service.getValue());
        }

        // generous: on a shared 2-core machine Keycloak's first build step alone has taken over 4 minutes
        keycloak.awaitReady(Duration.ofSeconds(600));
        for (Map.Entry<ManagedProcess, Integer> p : processes.entrySet()) {
            HttpProbe.awaitOk(p.getKey(), "http://localhost:" + p.getValue() + "/actuator/health", Duration.ofSeconds(240));
        }
        client = new PlatformClient(settings.gatewayUrl(), settings.keycloakUrl());
        if (settings.demo()) {
            new DemoLoader(client).load();
        }
    }

    private ManagedProcess startService(String module, int port, List<String> common, Map<String, String> environment, Path logs)
            throws IOException {
        Path jar = settings.home().resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty(JVM_OPTIONS, DEFAULT_JVM_OPTIONS).trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(common);
        return ManagedProcess.start(module, command, environment, settings.home(), logs);
    }

    public Settings settings() {
        return settings;
    }

    public PlatformClient client() {
        return client;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/mentoring";
    }

    public static List<String> demoLogins() {
        return RealmDefinition.demoLogins();
    }

    @Override
    public synchronized void close() {
        // the gateway first, Keycloak and the database last
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
        started.clear();
    }
}
