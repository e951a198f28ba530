package ru.mentoring.e2e;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final OwnPlatform PLATFORM = new OwnPlatform(GATEWAY, KEYCLOAK, POSTGRES, "restart-it");

    /** What the first run wrote, to be read back after each restart. */
    record Written(String school, String mentorId, String menteeId, String roundId, String adminLogin) {
    }

    /** After a failure: the launcher stopped, and what a killed one left running (its children, PostgreSQL). */
    @AfterAll
    static void stopWhatIsLeft() throws Exception {
        PLATFORM.stopWhatIsLeft();
    }

    @Test
    void whatWasWrittenIsReadBackAfterAStopAKilledLauncherAndAKilledPostgresql() throws Exception {
        PLATFORM.clean();
        Path data = PLATFORM.data();

        OwnPlatform.Launcher first = PLATFORM.start(data, "first");
        String adminPassword = OwnPlatform.keycloakAdminPassword(first);
        assertThat(first.output()).contains("No one can log in to the platform yet").doesNotContain("Demo district");
        PlatformClient keycloak = PLATFORM.keycloakClient();
        String adminToken = KeycloakAdmin.adminToken(keycloak, adminPassword);
        PLATFORM.createPasswordGrantClient(keycloak, adminToken);
        PLATFORM.createCoordinator(keycloak, adminToken, "restart-district");
        Written written = write(freshClient(), keycloak, adminToken);
        readBack(freshClient(), written);

        // a stop by SIGTERM (Ctrl-C in a terminal): everything stops in order, nothing is left behind
        first.stop();
        assertThat(first.output()).contains("Stopped; the data is in");
        assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
        assertThat(data.resolve("processes")).doesNotExist();
        assertThat(OwnPlatform.portOpen(GATEWAY)).isFalse();
        assertThat(OwnPlatform.portOpen(KEYCLOAK)).isFalse();
        assertThat(OwnPlatform.portOpen(POSTGRES)).isFalse();

        OwnPlatform.Launcher second = PLATFORM.start(data, "second");
        // the realm and its administrator were made once: no new password, nothing loaded
        assertThat(second.output()).contains("with the password shown at this folder's first start").doesNotContain("admin / ");
        readBack(freshClient(), written);

        // a crash: the launcher killed (its children keep running), then PostgreSQL itself killed
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
        second.kill("KILL");
        OwnPlatform.kill(postmaster, "KILL");
        ProcessHandle.of(postmaster).ifPresent(p -> p.onExit().join());

        Path postgresLog = OwnPlatform.HOME.resolve(".platform/local-" + GATEWAY + "/logs/postgres.log");
        int logBefore = Files.readString(postgresLog).length();
        OwnPlatform.Launcher third = PLATFORM.start(data, "third");
        // the killed launcher's services and Keycloak were stopped, PostgreSQL recovered its folder
        assertThat(third.output()).contains("of an earlier run is still running");
        assertThat(Files.readString(postgresLog).substring(logBefore)).contains("database system was interrupted");
        readBack(freshClient(), written);
        third.stop();
        assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();

        // the demo district goes only into a new folder: refused at once, nothing started or changed
        OwnPlatform.Launcher demo = PLATFORM.run(data, "demo", "--demo");
        assertThat(demo.exitCode()).isEqualTo(3);
        assertThat(demo.output()).contains("holds a platform's data").contains("nothing was loaded or changed");
        assertThat(OwnPlatform.portOpen(POSTGRES)).isFalse();
    }

    private static PlatformClient freshClient() {
        return PLATFORM.freshClient();
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
        OwnPlatform.adminRequest(keycloak, adminToken, "PUT", "/users/" + administrator.get("userId").asString() + "/reset-password",
                "{\"type\":\"password\",\"value\":\"" + OwnPlatform.PASSWORD + "\",\"temporary\":false}", 204);
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

    private static JsonNode created(PlatformClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.body().isBlank() ? null : r.json();
    }

    private static JsonNode ok(PlatformClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static List<Map<String, Object>> answersFor(JsonNode items) {
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
}
