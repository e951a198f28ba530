package ru.mentoring.e2e;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ru.mentoring.launcher.PlatformClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./run-platform} as a district runs it: the launcher as a process of its own on a data
 * folder of the test's, without the demo. What a coordinator wrote (a school, participants with a
 * consent, a pair, a questionnaire answer, a school administrator made through the registry) is
 * read back with freshly issued tokens after a stop by SIGTERM, and after SIGKILL of the launcher
 * and of PostgreSQL itself; {@code --demo} on that folder is refused. Ports of its own (28080…,
 * 28180, 25432), beside the other tests' platform.
 */
class RestartIT {

    static final int GATEWAY = 28080;
    static final int KEYCLOAK = 28180;
    static final int POSTGRES = 25432;
    static final String PASSWORD = "restart-test-password";
    static final String CLI = "restart-test-cli";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path HOME = Path.of(System.getProperty("platform.home", "../..")).toAbsolutePath().normalize();
    static final Path WORK = HOME.resolve("infra/e2e/target/restart-it");

    private static Launcher running;

    /** What the first run wrote, to be read back after each restart. */
    record Written(String school, String mentorId, String menteeId, String roundId, String adminLogin) {
    }

    /** After a failure: the launcher stopped, and what a killed one left running (its children, PostgreSQL). */
    @AfterAll
    static void stopWhatIsLeft() throws Exception {
        if (running != null) {
            running.kill("TERM");
        }
        Path processes = WORK.resolve("data/processes");
        if (Files.exists(processes)) {
            for (String line : Files.readAllLines(processes)) {
                ProcessHandle.of(Long.parseLong(line.split("\t")[0])).ifPresent(p -> {
                    p.descendants().forEach(ProcessHandle::destroy);
                    p.destroy();
                });
            }
        }
        Path pid = WORK.resolve("data/postgres/postmaster.pid");
        if (Files.exists(pid)) {
            kill(Long.parseLong(Files.readAllLines(pid).get(0).trim()), "INT");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void whatWasWrittenIsReadBackAfterAStopAKilledLauncherAndAKilledPostgresql() throws Exception {
        deleteTree(WORK);
        Files.createDirectories(WORK);
        Path data = WORK.resolve("data");

        Launcher first = Launcher.start(data, "first");
        Matcher admin = Pattern.compile("Keycloak's administrator \\(master realm\\): admin / (\\S+)").matcher(first.output());
        assertThat(admin.find()).as(first.output()).isTrue();
        assertThat(first.output()).contains("No one can log in to the platform yet").doesNotContain("Demo district");
        PlatformClient keycloak = new PlatformClient("http://localhost:" + GATEWAY, "http://localhost:" + KEYCLOAK);
        String adminToken = KeycloakAdmin.adminToken(keycloak, admin.group(1));
        createPasswordGrantClient(keycloak, adminToken);
        createCoordinator(keycloak, adminToken);
        Written written = write(freshClient(), keycloak, adminToken);
        readBack(freshClient(), written);

        // a stop by SIGTERM (Ctrl-C in a terminal): everything stops in order, nothing is left behind
        first.stop();
        assertThat(first.output()).contains("Stopped; the data is in");
        assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
        assertThat(data.resolve("processes")).doesNotExist();
        assertThat(portOpen(GATEWAY)).isFalse();
        assertThat(portOpen(KEYCLOAK)).isFalse();
        assertThat(portOpen(POSTGRES)).isFalse();

        Launcher second = Launcher.start(data, "second");
        // the realm and its administrator were made once: no new password, nothing loaded
        assertThat(second.output()).contains("with the password shown at this folder's first start").doesNotContain("admin / ");
        readBack(freshClient(), written);

        // a crash: the launcher killed (its children keep running), then PostgreSQL itself killed
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
        second.kill("KILL");
        kill(postmaster, "KILL");
        ProcessHandle.of(postmaster).ifPresent(p -> p.onExit().join());

        Path postgresLog = HOME.resolve(".platform/local-" + GATEWAY + "/logs/postgres.log");
        int logBefore = Files.readString(postgresLog).length();
        Launcher third = Launcher.start(data, "third");
        // the killed launcher's services and Keycloak were stopped, PostgreSQL recovered its folder
        assertThat(third.output()).contains("of an earlier run is still running");
        assertThat(Files.readString(postgresLog).substring(logBefore)).contains("database system was interrupted");
        readBack(freshClient(), written);
        third.stop();
        assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();

        // the demo district goes only into a new folder: refused at once, nothing started or changed
        Launcher demo = Launcher.run(data, "demo", "--demo");
        assertThat(demo.exitCode()).isEqualTo(3);
        assertThat(demo.output()).contains("holds a platform's data").contains("nothing was loaded or changed");
        assertThat(portOpen(POSTGRES)).isFalse();
    }

    private static PlatformClient freshClient() {
        return new PlatformClient("http://localhost:" + GATEWAY, "http://localhost:" + KEYCLOAK, CLI, PASSWORD);
    }

    private static Written write(PlatformClient client, PlatformClient keycloak, String adminToken) {
        String school = "rst-sosh-1";
        created(client.postJson("coordinator", "/api/registry/schools", """
                {"code":"%s","fullName":"МБОУ Перезапусковская СОШ","shortName":"МБОУ Перезапусковская СОШ","kind":"SOSH",
                 "municipalityCode":"restart-district"}""".formatted(school)));
        String mentor = created(client.postJson("coordinator", "/api/registry/schools/" + school + "/participants", """
                {"externalKey":"rst-1","kind":"TEACHER","lastName":"Сохранова","firstName":"Вера","middleName":"Павловна",
                 "subjects":"Математика","experienceYears":21,"qualificationCategory":"высшая"}""")).get("id").asString();
        String mentee = created(client.postJson("coordinator", "/api/registry/schools/" + school + "/participants", """
                {"externalKey":"rst-2","kind":"TEACHER","lastName":"Новикова","firstName":"Анна","middleName":"Игоревна",
                 "subjects":"Математика","experienceYears":1}""")).get("id").asString();
        // both need a consent before they are paired
        created(client.postJson("coordinator", "/api/registry/participants/" + mentor + "/consents",
                "{\"givenOn\":\"2025-09-01\",\"documentRef\":\"Согласие № 2 от 01.09.2025\"}"));
        created(client.postJson("coordinator", "/api/registry/participants/" + mentee + "/consents",
                "{\"givenOn\":\"2025-09-01\",\"documentRef\":\"Согласие № 1 от 01.09.2025\"}"));
        created(client.postJson("coordinator", "/api/registry/pairs", """
                {"mentorId":"%s","menteeIds":["%s"],"form":"TEACHER_TEACHER","interactionModel":"EXPERIENCED_TEACHER_YOUNG_SPECIALIST",
                 "kind":"TRADITIONAL","orderNumber":"R-1","orderDate":"2025-09-10","startDate":"2025-09-15","endDate":"2026-05-31"}
                """.formatted(mentor, mentee)));

        Map<String, Object> round = new LinkedHashMap<>();
        round.put("programmeYear", 2025);
        round.put("schoolCode", school);
        round.put("templateCode", "MENTEE_BEFORE");
        round.put("validityDays", 14);
        round.put("respondents", List.of(Map.of("participantId", mentee, "role", "MENTEE")));
        JsonNode opened = created(client.postJson("coordinator", "/api/monitoring/rounds", JSON.writeValueAsString(round)));
        String path = opened.get("links").get(0).get("path").asString();
        JsonNode form = client.get(null, path).json();
        created(client.send(client.request(null, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("answers", answersFor(form.get("items"))))))));

        String adminLogin = "admin-" + school;
        JsonNode administrator = created(client.postJson("coordinator", "/api/registry/schools/" + school + "/administrators", """
                {"username":"%s","email":"%s@restart.local","firstName":"Ирина","lastName":"Школьная"}""".formatted(adminLogin, adminLogin)));
        adminRequest(keycloak, adminToken, "PUT", "/users/" + administrator.get("userId").asString() + "/reset-password",
                "{\"type\":\"password\",\"value\":\"" + PASSWORD + "\",\"temporary\":false}", 204);
        return new Written(school, mentor, mentee, opened.get("round").get("id").asString(), adminLogin);
    }

    /** Everything {@link #write} wrote, through the gateway, with tokens issued now. */
    private static void readBack(PlatformClient client, Written w) {
        JsonNode schools = ok(client.get("coordinator", "/api/registry/schools"));
        assertThat(schools.toString()).contains(w.school()).contains("МБОУ Перезапусковская СОШ");
        JsonNode participants = ok(client.get("coordinator", "/api/registry/schools/" + w.school() + "/participants"));
        assertThat(participants.toString()).contains("Сохранова").contains("Новикова");
        assertThat(ok(client.get("coordinator", "/api/registry/participants/" + w.menteeId() + "/consents")).toString())
                .contains("Согласие № 1 от 01.09.2025");
        assertThat(ok(client.get("coordinator", "/api/registry/pairs?participantId=" + w.menteeId())).get("total").asInt()).isEqualTo(1);
        assertThat(ok(client.get("coordinator", "/api/monitoring/rounds/" + w.roundId() + "/pending")).get("answered").asInt())
                .isEqualTo(1);
        // the school's administrator, made through the registry (Keycloak's user and organization membership), logs in
        JsonNode own = ok(client.get(w.adminLogin(), "/api/registry/schools"));
        assertThat(own.size()).isEqualTo(1);
        assertThat(own.get(0).get("code").asString()).isEqualTo(w.school());
    }

    private static void createPasswordGrantClient(PlatformClient keycloak, String adminToken) {
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
    private static void createCoordinator(PlatformClient keycloak, String adminToken) {
        adminRequest(keycloak, adminToken, "POST", "/users", """
                {"username":"coordinator","enabled":true,"firstName":"Ольга","lastName":"Первая","email":"coordinator@restart.local",
                 "emailVerified":true,"attributes":{"municipality":["restart-district"]},
                 "credentials":[{"type":"password","value":"%s","temporary":false}]}""".formatted(PASSWORD), 201);
        String userId = adminRequest(keycloak, adminToken, "GET", "/users?exact=true&username=coordinator", null, 200).get(0).get("id")
                .asString();
        JsonNode role = adminRequest(keycloak, adminToken, "GET", "/roles/coordinator", null, 200);
        adminRequest(keycloak, adminToken, "POST", "/users/" + userId + "/role-mappings/realm", "[" + role + "]", 204);
    }

    private static JsonNode adminRequest(PlatformClient keycloak, String adminToken, String method, String path, String body, int expected) {
        HttpRequest.Builder request = keycloak.request(null, keycloak.keycloakUrl() + "/admin/realms/mentoring" + path)
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        PlatformClient.Response r = keycloak.send(request);
        assertThat(r.status()).as(method + " " + path + ": " + r.body()).isEqualTo(expected);
        return r.body().isBlank() ? null : r.json();
    }

    private static JsonNode created(PlatformClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.body().isBlank() ? null : r.json();
    }

    private static JsonNode ok(PlatformClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<Map<String, Object>> answersFor(JsonNode items) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode item : items) {
            Object value = switch (item.get("type").asString()) {
                case "YES_NO" -> true;
                case "SCALE_1_10" -> 7;
                case "FREQUENCY" -> item.get("options").get(0).asString();
                default -> "Научиться готовить к ОГЭ";
            };
            answers.add(Map.of("itemKey", item.get("key").asString(), "value", value));
        }
        return answers;
    }

    private static boolean portOpen(int port) {
        try (Socket ignored = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void kill(long pid, String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
    }

    /** The launcher ({@code ./run-platform}'s jar) as a process in a session of its own, its output in a file. */
    static final class Launcher {

        private final Process process;
        private final Path log;

        private Launcher(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        /** Starts the platform on {@code data} and waits until it is up. */
        static Launcher start(Path data, String name) throws IOException, InterruptedException {
            Launcher launcher = run(data, name);
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
        static Launcher run(Path data, String name, String... extra) throws IOException {
            Path log = WORK.resolve("launcher-" + name + ".log");
            List<String> command = new ArrayList<>(List.of("setsid",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    HOME.resolve("infra/launcher/target/launcher-exec.jar").toString(), "--home=" + HOME, "--data=" + data,
                    "--gateway-port=" + GATEWAY, "--keycloak-port=" + KEYCLOAK, "--postgres-port=" + POSTGRES));
            command.addAll(List.of(extra));
            Process process = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            return new Launcher(process, log);
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
                RestartIT.kill(process.pid(), signal);
                process.waitFor(3, TimeUnit.MINUTES);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (running == this) {
                running = null;
            }
        }
    }
}
