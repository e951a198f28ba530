package ru.mentoring.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The real Keycloak server from the {@code keycloak-quarkus-dist} zip of Maven Central: unpacked
 * once into the cache, started in dev mode with our realm imported, on a JDK 21+ (ours).
 */
final class KeycloakServer implements AutoCloseable {

    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private final ManagedProcess process;
    private final String url;

    /**
     * Written once Keycloak has answered from this folder: its first start builds (augments) the server in
     * place, and a start killed during that build leaves a folder that never starts again. A folder without
     * this mark is unpacked anew.
     */
    private static final String STARTED_MARK = ".mentoring-started";

    private final Path home;

    private KeycloakServer(ManagedProcess process, String url, Path home) {
        this.process = process;
        this.url = url;
        this.home = home;
    }

    /** Starts the server; {@link #awaitReady} waits for the realm. */
    static KeycloakServer start(Path zip, Path cacheDir, String instance, int port, String realmJson, Path logDir)
            throws IOException {
        Path home = unpackOnce(zip, cacheDir.resolve("keycloak-" + instance));
        Path data = home.resolve("data");
        // a fresh realm on every start: the demo district is defined by our files, not by leftovers
        deleteTree(data.resolve("h2"));
        Files.createDirectories(data.resolve("import"));
        Files.writeString(data.resolve("import").resolve("mentoring-realm.json"), realmJson);

        String javaHome = System.getProperty("java.home");
        List<String> command = List.of("bash", home.resolve("bin").resolve("kc.sh").toString(), "start-dev", "--import-realm",
                "--http-port=" + port, "--http-management-port=" + (port + 1000), "--hostname-strict=false",
                "--health-enabled=true");
        Map<String, String> env = Map.of(
                "JAVA_HOME", javaHome,
                "PATH", javaHome + "/bin:" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=10 -Xms64m -Xmx768m");
        ManagedProcess process = ManagedProcess.start("keycloak", command, env, home, logDir);
        return new KeycloakServer(process, "http://localhost:" + port, home);
    }

    void awaitReady(Duration timeout) {
        HttpProbe.awaitOk(process, url + "/realms/mentoring/.well-known/openid-configuration", timeout);
        try {
            Files.writeString(home.resolve(STARTED_MARK), "started\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return url;
    }

    private static Path unpackOnce(Path zip, Path target) throws IOException {
        if (Files.isRegularFile(target.resolve("bin").resolve("kc.sh")) && Files.isRegularFile(target.resolve(STARTED_MARK))) {
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
