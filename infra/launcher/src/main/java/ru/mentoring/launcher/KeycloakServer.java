package ru.mentoring.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The real Keycloak server from the {@code keycloak-quarkus-dist} zip of Maven Central: unpacked
 * once into the cache, built once for PostgreSQL ({@code kc.sh build}), then started in production
 * mode ({@code start --optimized}) with its data in the platform's PostgreSQL (schema
 * {@code keycloak}, role {@code keycloak}), on a JDK 21+ (ours). The realm is imported only into a
 * new database; later starts find it, its users and organizations, in PostgreSQL, and {@link RealmUpgrade}
 * adds what the realm file gained since.
 */
final class KeycloakServer implements AutoCloseable {

    static final String ADMIN_USER = "admin";
    /** Keycloak's schema and role in the platform's database. */
    static final String DB_SCHEMA = "keycloak";

    /** The build-time options, baked into the unpacked server by {@code kc.sh build}. */
    private static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true");
    /** Written after a build with {@link #BUILD_OPTIONS}: a folder without it (or with others) is built again. */
    private static final String BUILD_MARK = ".mentoring-build";

    private final ManagedProcess process;
    private final String url;

    /**
     * Written once Keycloak has answered from this folder: its build changes the server in place,
     * and one killed during that build leaves a folder that never starts again. A folder without
     * this mark is unpacked anew.
     */
    private static final String STARTED_MARK = ".mentoring-started";

    private final Path home;
    private final Path importFile;

    private KeycloakServer(ManagedProcess process, String url, Path home, Path importFile) {
        this.process = process;
        this.url = url;
        this.home = home;
        this.importFile = importFile;
    }

    /** Where Keycloak finds its database. */
    record Database(String jdbcUrl, String password) {
    }

    /**
     * Starts the server; {@link #awaitReady} waits for the realm.
     *
     * @param realmJson     the realm to import (a new database), or null when the database has it already
     * @param adminPassword the master realm's first administrator's password (a new database), or null
     * @param upgradeAdmin  a temporary administrator client to make in an existing database before the start
     *                      ({@link RealmUpgrade}), or null
     */
    static KeycloakServer start(Path zip, Path cacheDir, String instance, int port, Database database, String realmJson,
            String adminPassword, RealmUpgrade.TemporaryAdmin upgradeAdmin, Path logDir) throws IOException {
        // a folder of its own for the PostgreSQL build: a start-dev of an older launcher in the same cache
        // (another checkout on this machine) rebuilds its folder in place for H2, which start --optimized would then run
        Path home = unpackOnce(zip, cacheDir.resolve("keycloak-" + instance + "-postgres"));
        Map<String, String> env = new LinkedHashMap<>(javaEnvironment());
        buildOnce(home, env, logDir);

        if (upgradeAdmin != null) {
            bootstrapAdmin(home, env, database, upgradeAdmin, logDir);
        }

        Path importDir = home.resolve("data").resolve("import");
        Path importFile = importDir.resolve("mentoring-realm.json");
        // the file holds the clients' secrets: it lives only until Keycloak has read it
        Files.deleteIfExists(importFile);
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin").resolve("kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--http-port=" + port, "--http-management-port=" + (port + 1000),
                // localhost over plain HTTP: the issuer follows the request's host (a real deployment sets --hostname and TLS)
                "--hostname-strict=false",
                "--db-url=" + database.jdbcUrl(), "--db-schema=" + DB_SCHEMA, "--db-username=" + DB_SCHEMA));
        if (realmJson != null) {
            Files.createDirectories(importDir);
            Files.writeString(importFile, realmJson);
            command.add("--import-realm");
        }
        // the environment, not arguments: a process's arguments are visible to every user of the machine
        env.put("KC_DB_PASSWORD", database.password());
        if (adminPassword != null) {
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        }
        env.put("JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=10 -Xms64m -Xmx768m");
        ManagedProcess process = ManagedProcess.start("keycloak", command, env, home, logDir);
        return new KeycloakServer(process, "http://localhost:" + port, home, importFile);
    }

    private static Map<String, String> javaEnvironment() {
        String javaHome = System.getProperty("java.home");
        return Map.of("JAVA_HOME", javaHome, "PATH", javaHome + "/bin:" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    }

    /** {@code kc.sh build} once per unpacked server (a minute or two), so that every start is an optimized one. */
    private static void buildOnce(Path home, Map<String, String> env, Path logDir) throws IOException {
        Path mark = home.resolve(BUILD_MARK);
        String options = String.join(" ", BUILD_OPTIONS);
        if (Files.isRegularFile(mark) && Files.readString(mark).trim().equals(options)) {
            return;
        }
        System.out.println("Building Keycloak for PostgreSQL once (kc.sh build " + options + ")...");
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin").resolve("kc.sh").toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve("keycloak-build.log").toFile()));
        builder.environment().putAll(env);
        try {
            Process build = builder.start();
            if (!build.waitFor(15, TimeUnit.MINUTES) || build.exitValue() != 0) {
                build.destroyForcibly();
                throw new IllegalStateException("kc.sh build failed: see " + logDir.resolve("keycloak-build.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during kc.sh build", e);
        }
        Files.writeString(mark, options + "\n");
    }

    /**
     * {@code kc.sh bootstrap-admin service}: a temporary administrator client in the master realm of an
     * existing database, for {@link RealmUpgrade} (Keycloak not running yet; its id and secret through
     * the environment, never the command line).
     */
    private static void bootstrapAdmin(Path home, Map<String, String> baseEnv, Database database, RealmUpgrade.TemporaryAdmin admin,
            Path logDir) throws IOException {
        System.out.println("The realm lacks what the realm file now has: making a temporary Keycloak administrator to add it...");
        List<String> command = List.of("bash", home.resolve("bin").resolve("kc.sh").toString(), "bootstrap-admin", "service",
                "--client-id:env=KC_UPGRADE_CLIENT_ID", "--client-secret:env=KC_UPGRADE_CLIENT_SECRET", "--no-prompt", "--optimized",
                "--db-url=" + database.jdbcUrl(), "--db-schema=" + DB_SCHEMA, "--db-username=" + DB_SCHEMA);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve("keycloak-bootstrap-admin.log").toFile()));
        builder.environment().putAll(baseEnv);
        builder.environment().put("KC_DB_PASSWORD", database.password());
        builder.environment().put("KC_UPGRADE_CLIENT_ID", admin.clientId());
        builder.environment().put("KC_UPGRADE_CLIENT_SECRET", admin.secret());
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=10 -Xms64m -Xmx512m");
        try {
            Process bootstrap = builder.start();
            if (!bootstrap.waitFor(10, TimeUnit.MINUTES) || bootstrap.exitValue() != 0) {
                bootstrap.destroyForcibly();
                throw new IllegalStateException("kc.sh bootstrap-admin failed: see " + logDir.resolve("keycloak-bootstrap-admin.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during kc.sh bootstrap-admin", e);
        }
    }

    void awaitReady(Duration timeout) {
        HttpProbe.awaitOk(process, url + "/realms/mentoring/.well-known/openid-configuration", timeout);
        try {
            Files.deleteIfExists(importFile);
            Files.writeString(home.resolve(STARTED_MARK), "started\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ManagedProcess process() {
        return process;
    }

    String url() {
        return url;
    }

    private static Path unpackOnce(Path zip, Path target) throws IOException {
        if (Files.isRegularFile(target.resolve("bin").resolve("kc.sh")) && Files.isRegularFile(target.resolve(STARTED_MARK))
                && Files.isRegularFile(target.resolve(BUILD_MARK))) {
            return target;
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip + " (build the project first: ./mvnw -DskipTests package)");
        }
        Path staging = Files.createTempDirectory(target.getParent() == null ? Path.of(".") : createParent(target), "unpacking-");
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                // the zip has one top folder (keycloak-<version>/): drop it
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash < 0 ? "" : name.substring(slash + 1);
                if (relative.isEmpty()) {
                    continue;
                }
                Path out = staging.resolve(relative).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("zip entry outside the target: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (relative.startsWith("bin/") && relative.endsWith(".sh")) {
                        out.toFile().setExecutable(true);
                    }
                }
            }
        }
        deleteTree(target);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static Path createParent(Path target) throws IOException {
        return Files.createDirectories(target.getParent());
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
