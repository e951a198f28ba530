package ru.mentoring.e2e;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ru.mentoring.launcher.PlatformClient;
import ru.mentoring.launcher.ReleaseDump;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./run-platform} as a district runs it: the launcher as a process of its own on a data
 * folder of the test's, without the demo. What a coordinator and the region's analyst wrote (a
 * school, participants with a consent, a pair, a questionnaire answer, a school administrator made
 * through the registry, the index's values and a classification run) is read back with freshly
 * issued tokens after SIGKILL of the launcher and of PostgreSQL itself, and after a backup of the
 * running platform is restored into a new folder ({@code --restore}, the old one moved aside by
 * {@code --reset}); a stop by SIGTERM leaves nothing behind; {@code --demo} on that folder is
 * refused, and so is a restore onto data. Ports of its own (28080…, 28180, 25432), beside the
 * other tests' platform. Three platform starts (the restore's counts as one, its first part
 * starts PostgreSQL, Keycloak and the services only).
 */
class RestartIT {

    static final int GATEWAY = 28080;
    static final int KEYCLOAK = 28180;
    static final int POSTGRES = 25432;
    static final int YEAR = 2025;
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final OwnPlatform PLATFORM = new OwnPlatform(GATEWAY, KEYCLOAK, POSTGRES, "restart-it");

    /** What the first run wrote, to be read back after each restart; the classification as the region read it. */
    record Written(String school, String mentorId, String menteeId, String roundId, String adminLogin, String classification) {
    }

    /** After a failure: the launcher stopped, and what a killed one left running (its children, PostgreSQL). */
    @AfterAll
    static void stopWhatIsLeft() throws Exception {
        PLATFORM.stopWhatIsLeft();
    }

    @Test
    void whatWasWrittenIsReadBackAfterAKilledLauncherAndPostgresqlAndAfterARestoreIntoANewFolder() throws Exception {
        PLATFORM.clean();
        Path data = PLATFORM.data();
        Instant begin = Instant.now();

        OwnPlatform.Launcher first = PLATFORM.start(data, "first");
        String adminPassword = OwnPlatform.keycloakAdminPassword(first);
        assertThat(first.output()).contains("No one can log in to the platform yet").doesNotContain("Demo district");
        PlatformClient keycloak = PLATFORM.keycloakClient();
        String adminToken = KeycloakAdmin.adminToken(keycloak, adminPassword);
        PLATFORM.createPasswordGrantClient(keycloak, adminToken);
        PLATFORM.createCoordinator(keycloak, adminToken, "restart-district");
        PLATFORM.createRegionAnalyst(keycloak, adminToken);
        Written written = write(freshClient(), keycloak, adminToken);
        readBack(freshClient(), written);

        // a backup of the running platform, in one snapshot, by a second launcher process
        Path backup = PLATFORM.work.resolve("backup.zip");
        OwnPlatform.Launcher backingUp = PLATFORM.run(data, "backup", "--backup=" + backup);
        assertThat(backingUp.exitCode()).as(backingUp.output()).isZero();
        assertThat(backingUp.output()).contains("is running").contains("Backup written to " + backup).contains("keycloak")
                .contains("registry").contains("school_index").contains("monitoring");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        // the dump a release commits for the upgrade tests (docs/reliability.md, "Cutting a release")
        ReleaseDump.write(backup, PLATFORM.work.resolve("release-dump.zip"));

        // a crash: the launcher killed (its children keep running), then PostgreSQL itself killed
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
        first.kill("KILL");
        OwnPlatform.kill(postmaster, "KILL");
        ProcessHandle.of(postmaster).ifPresent(p -> p.onExit().join());

        Path postgresLog = OwnPlatform.HOME.resolve(".platform/local-" + GATEWAY + "/logs/postgres.log");
        int logBefore = Files.readString(postgresLog).length();
        OwnPlatform.Launcher second = PLATFORM.start(data, "second");
        // the killed launcher's services and Keycloak were stopped, PostgreSQL recovered its folder
        assertThat(second.output()).contains("of an earlier run is still running");
        assertThat(Files.readString(postgresLog).substring(logBefore)).contains("database system was interrupted");
        // the realm and its administrator were made once: no new password, nothing loaded
        assertThat(second.output()).contains("with the password shown at this folder's first start").doesNotContain("admin / ");
        readBack(freshClient(), written);

        // a stop by SIGTERM (Ctrl-C in a terminal): everything stops in order, nothing is left behind
        second.stop();
        assertThat(second.output()).contains("Stopped; the data is in");
        assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
        assertThat(data.resolve("processes")).doesNotExist();
        assertThat(OwnPlatform.portOpen(GATEWAY)).isFalse();
        assertThat(OwnPlatform.portOpen(KEYCLOAK)).isFalse();
        assertThat(OwnPlatform.portOpen(POSTGRES)).isFalse();

        // the demo district goes only into a new folder: refused at once, nothing started or changed
        OwnPlatform.Launcher demo = PLATFORM.run(data, "demo", "--demo");
        assertThat(demo.exitCode()).isEqualTo(3);
        assertThat(demo.output()).contains("holds a platform's data").contains("nothing was loaded or changed");
        assertThat(OwnPlatform.portOpen(POSTGRES)).isFalse();

        // a backup of the stopped folder: its PostgreSQL alone, stopped again
        OwnPlatform.Launcher stoppedBackup = PLATFORM.run(data, "backup-stopped", "--backup=" + PLATFORM.work.resolve("stopped.zip"));
        assertThat(stoppedBackup.exitCode()).as(stoppedBackup.output()).isZero();
        assertThat(stoppedBackup.output()).contains("is stopped").contains("Backup written");
        assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();

        // a restore goes only into a new folder: onto data it is refused, nothing changed
        OwnPlatform.Launcher onto = PLATFORM.run(data, "restore-refused", "--restore=" + backup);
        assertThat(onto.exitCode()).isEqualTo(3);
        assertThat(onto.output()).contains("holds data").contains("--reset");
        assertThat(OwnPlatform.portOpen(POSTGRES)).isFalse();

        // the backup restored into a new folder (the old one moved aside), then the platform runs on it
        OwnPlatform.Launcher restored = PLATFORM.start(data, "restored", "--restore=" + backup, "--reset", "--yes");
        assertThat(restored.output()).contains("Moved the old data to").contains("Restored " + backup);
        // the restored Keycloak issues the tokens: its users, the test's client, the administrator of the first folder
        readBack(freshClient(), written);
        assertThat(KeycloakAdmin.adminToken(keycloak, adminPassword)).isNotBlank();
        restored.stop();
        System.out.println("RESTART-IT: the whole test took " + Duration.between(begin, Instant.now()).toSeconds() + " s");
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

        // the region's analyst loads the index's cohort and values and classifies the year
        created(client.putJson("region", "/api/index/methodologies/rst-m", """
                {"indicators":[{"code":"rst-i","name":"Показатель","source":"GIA","direction":1,"weight":1}],
                 "contextFactors":[{"code":"rst-f","name":"Фактор","weight":-0.5}],"isbshMode":"FIXED_WEIGHTS"}"""), 200, 201);
        created(client.post("region", "/api/index/schools", "text/csv", """
                school_code,name,municipality_code,advanced_level
                rst-o1,Школа О1,restart-other,false
                rst-o2,Школа О2,restart-other,false
                rst-o3,Школа О3,restart-other,false
                """.getBytes(StandardCharsets.UTF_8)), 200, 201);
        created(client.post("region", "/api/index/years/" + YEAR + "/indicator-values", "text/csv", """
                school_code,year,indicator_code,value
                %1$s,%2$d,rst-i,0.15
                rst-o1,%2$d,rst-i,0.9
                rst-o2,%2$d,rst-i,0.4
                rst-o3,%2$d,rst-i,0.7
                """.formatted(school, YEAR).getBytes(StandardCharsets.UTF_8)), 200, 201);
        created(client.post("region", "/api/index/years/" + YEAR + "/context-values", "text/csv", """
                school_code,year,factor_code,value
                %1$s,%2$d,rst-f,0.8
                rst-o1,%2$d,rst-f,0.1
                rst-o2,%2$d,rst-f,0.6
                rst-o3,%2$d,rst-f,0.3
                """.formatted(school, YEAR).getBytes(StandardCharsets.UTF_8)), 200, 201);
        created(client.postJson("region", "/api/index/years/" + YEAR + "/classification?methodology=rst-m", ""), 200, 201);
        String classification = ok(client.get("region", "/api/index/years/" + YEAR + "/classification")).toString();
        assertThat(classification).contains(school).contains("rst-o3");

        String adminLogin = "admin-" + school;
        JsonNode administrator = created(client.postJson("coordinator", "/api/registry/schools/" + school + "/administrators", """
                {"username":"%s","email":"%s@restart.local","firstName":"Ирина","lastName":"Школьная"}""".formatted(adminLogin, adminLogin)));
        OwnPlatform.adminRequest(keycloak, adminToken, "PUT", "/users/" + administrator.get("userId").asString() + "/reset-password",
                "{\"type\":\"password\",\"value\":\"" + OwnPlatform.PASSWORD + "\",\"temporary\":false}", 204);
        return new Written(school, mentor, mentee, opened.get("round").get("id").asString(), adminLogin, classification);
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
        // the classification run with its index values, exactly as it was computed; the coordinator sees their school's
        assertThat(ok(client.get("region", "/api/index/years/" + YEAR + "/classification")).toString()).isEqualTo(w.classification());
        assertThat(ok(client.get("coordinator", "/api/index/years/" + YEAR + "/classification")).toString()).contains(w.school())
                .doesNotContain("rst-o1");
        // the school's administrator, made through the registry (Keycloak's user and organization membership), logs in
        JsonNode own = ok(client.get(w.adminLogin(), "/api/registry/schools"));
        assertThat(own.size()).isEqualTo(1);
        assertThat(own.get(0).get("code").asString()).isEqualTo(w.school());
    }

    private static JsonNode created(PlatformClient.Response r) {
        return created(r, 201);
    }

    private static JsonNode created(PlatformClient.Response r, int... statuses) {
        assertThat(r.status()).as(r.body()).isIn(java.util.Arrays.stream(statuses).boxed().toList());
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
