package ru.mentoring.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import ru.mentoring.launcher.PlatformClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A platform of a test's own: {@code ./run-platform}'s launcher as a process of its own, on ports
 * and a data folder of the test's, without the demo, so that the test may stop, kill or pause its
 * parts (services, PostgreSQL) without disturbing the platform the other end-to-end classes share.
 * The services take the gateway's next four ports (registry, school index, monitoring, web).
 */
final class OwnPlatform {

    static final String PASSWORD = "own-platform-test-password";
    static final String CLI = "own-platform-test-cli";
    static final Path HOME = Path.of(System.getProperty("platform.home", "../..")).toAbsolutePath().normalize();

    final int gateway;
    final int keycloak;
    final int postgres;
    final Path work;
    private Launcher running;

    OwnPlatform(int gateway, int keycloak, int postgres, String name) {
        this.gateway = gateway;
        this.keycloak = keycloak;
        this.postgres = postgres;
        this.work = HOME.resolve("infra/e2e/target/" + name);
    }

    int registryPort() {
        return gateway + 1;
    }

    int monitoringPort() {
        return gateway + 3;
    }

    Path data() {
        return work.resolve("data");
    }

    /** An empty work folder: what an earlier run left is deleted. */
    void clean() throws IOException {
        deleteTree(work);
        Files.createDirectories(work);
    }

    /** Starts the platform on {@code data} (with extra arguments) and waits until it is up. */
    Launcher start(Path data, String name, String... extra) throws IOException, InterruptedException {
        Launcher launcher = run(data, name, extra);
        running = launcher;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(12));
        while (!launcher.output().contains("The mentoring platform is up")) {
            if (!launcher.process.isAlive() || Instant.now().isAfter(deadline)) {
                launcher.kill("TERM");
                throw new AssertionError("the launcher (" + name + ") did not come up:\n" + launcher.output());
            }
            Thread.sleep(1000);
        }
        return launcher;
    }

    /** Runs the launcher on {@code data} with extra arguments; returns at once. */
    Launcher run(Path data, String name, String... extra) throws IOException {
        Path log = work.resolve("launcher-" + name + ".log");
        List<String> command = new ArrayList<>(List.of("setsid",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                HOME.resolve("infra/launcher/target/launcher-exec.jar").toString(), "--home=" + HOME, "--data=" + data,
                "--gateway-port=" + gateway, "--keycloak-port=" + keycloak, "--postgres-port=" + postgres));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        return new Launcher(process, log);
    }

    /** After a failure: the launcher stopped, and what a killed one left running (its children, PostgreSQL). */
    void stopWhatIsLeft() throws Exception {
        if (running != null) {
            running.kill("TERM");
        }
        Path processes = data().resolve("processes");
        if (Files.exists(processes)) {
            for (String line : Files.readAllLines(processes)) {
                ProcessHandle.of(Long.parseLong(line.split("\t")[0])).ifPresent(p -> {
                    p.descendants().forEach(ProcessHandle::destroy);
                    p.destroy();
                });
            }
        }
        Path pid = data().resolve("postgres/postmaster.pid");
        if (Files.exists(pid)) {
            kill(Long.parseLong(Files.readAllLines(pid).get(0).trim()), "INT");
        }
    }

    /** The pid of a process the launcher started ({@code registry-service}, {@code school-index-service}, ...). */
    long pidOf(String processName) throws IOException {
        for (String line : Files.readAllLines(data().resolve("processes"))) {
            String[] fields = line.split("\t");
            if (fields.length >= 3 && fields[2].equals(processName)) {
                return Long.parseLong(fields[0]);
            }
        }
        throw new AssertionError("no process " + processName + " in " + data().resolve("processes"));
    }

    /** The pid of the running PostgreSQL (its postmaster), if it runs. */
    Optional<Long> postmaster() throws IOException {
        Path pid = data().resolve("postgres/postmaster.pid");
        return Files.exists(pid) ? Optional.of(Long.parseLong(Files.readAllLines(pid).get(0).trim())) : Optional.empty();
    }

    /** The Keycloak administrator's password the first start printed. */
    static String keycloakAdminPassword(Launcher first) {
        Matcher admin = Pattern.compile("Keycloak's administrator \\(master realm\\): admin / (\\S+)").matcher(first.output());
        assertThat(admin.find()).as(first.output()).isTrue();
        return admin.group(1);
    }

    PlatformClient keycloakClient() {
        return new PlatformClient("http://localhost:" + gateway, "http://localhost:" + keycloak);
    }

    /** A client that logs in by password grant through {@link #CLI} (made by {@link #createPasswordGrantClient}). */
    PlatformClient freshClient() {
        return new PlatformClient("http://localhost:" + gateway, "http://localhost:" + keycloak, CLI, PASSWORD);
    }

    void createPasswordGrantClient(PlatformClient keycloak, String adminToken) {
        adminRequest(keycloak, adminToken, "POST", "/clients", """
                {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
                 "defaultClientScopes":["web-origins","acr","profile","roles","basic","email","organization"],
                 "protocolMappers":[{"name":"audience","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
                   "config":{"included.custom.audience":"mentoring-api","access.token.claim":"true"}},
                   {"name":"municipality","protocol":"openid-connect","protocolMapper":"oidc-usermodel-attribute-mapper",
                   "config":{"user.attribute":"municipality","claim.name":"municipality","jsonType.label":"String","access.token.claim":"true"}}]}
                """.formatted(CLI), 201);
    }

    /** The platform's first coordinator, made as the README says: in Keycloak, with the municipality and the role. */
    void createCoordinator(PlatformClient keycloak, String adminToken, String municipality) {
        adminRequest(keycloak, adminToken, "POST", "/users", """
                {"username":"coordinator","enabled":true,"firstName":"Ольга","lastName":"Первая","email":"coordinator@own-platform.local",
                 "emailVerified":true,"attributes":{"municipality":["%s"]},
                 "credentials":[{"type":"password","value":"%s","temporary":false}]}""".formatted(municipality, PASSWORD), 201);
        String userId = adminRequest(keycloak, adminToken, "GET", "/users?exact=true&username=coordinator", null, 200).get(0).get("id")
                .asString();
        JsonNode role = adminRequest(keycloak, adminToken, "GET", "/roles/coordinator", null, 200);
        adminRequest(keycloak, adminToken, "POST", "/users/" + userId + "/role-mappings/realm", "[" + role + "]", 204);
    }

    /** The region's analyst {@code region}: reads and writes the school index of every municipality. */
    void createRegionAnalyst(PlatformClient keycloak, String adminToken) {
        adminRequest(keycloak, adminToken, "POST", "/users", """
                {"username":"region","enabled":true,"firstName":"Анна","lastName":"Регионова","email":"region@own-platform.local",
                 "emailVerified":true,"credentials":[{"type":"password","value":"%s","temporary":false}]}""".formatted(PASSWORD),
                201);
        String userId = adminRequest(keycloak, adminToken, "GET", "/users?exact=true&username=region", null, 200).get(0)
                .get("id").asString();
        JsonNode role = adminRequest(keycloak, adminToken, "GET", "/roles/region-analyst", null, 200);
        adminRequest(keycloak, adminToken, "POST", "/users/" + userId + "/role-mappings/realm", "[" + role + "]", 204);
    }

    static JsonNode adminRequest(PlatformClient keycloak, String adminToken, String method, String path, String body, int expected) {
        HttpRequest.Builder request = keycloak.request(null, keycloak.keycloakUrl() + "/admin/realms/mentoring" + path)
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        PlatformClient.Response r = keycloak.send(request);
        assertThat(r.status()).as(method + " " + path + ": " + r.body()).isEqualTo(expected);
        return r.body().isBlank() ? null : r.json();
    }

    static boolean portOpen(int port) {
        try (Socket ignored = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void kill(long pid, String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The launcher ({@code ./run-platform}'s jar) as a process in a session of its own, its output in a file. */
    final class Launcher {

        private final Process process;
        private final Path log;

        private Launcher(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        String output() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return "";
            }
        }

        int exitCode() throws InterruptedException {
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(output()).isTrue();
            return process.exitValue();
        }

        /** SIGTERM, as Ctrl-C would: the launcher stops everything and exits 0. */
        void stop() throws IOException, InterruptedException {
            kill("TERM");
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(output()).isTrue();
            assertThat(process.exitValue()).as(output()).isZero();
        }

        void kill(String signal) {
            try {
                OwnPlatform.kill(process.pid(), signal);
                process.waitFor(3, TimeUnit.MINUTES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (running == this) {
                running = null;
            }
        }
    }
}
