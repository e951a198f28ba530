package ru.mentoring.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.DemoDistrict;
import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import ru.mentoring.platform.time.DistrictTime;

/**
 * Mentors and mentees taking part themselves (issue 19, item 1), through the gateway with the demo
 * district's real accounts: the mentor and the mentee of МБОУ СОШ №4's pair (order № 15) see that
 * pair and no other (another pair is 404 as a missing one), no school-wide list, export or report;
 * the mentor marks an event done and writes the stage report, the mentee proposes a change and asks
 * for another mentor, and the school administrator sees all of it and decides the request. The
 * school links accounts: a pupil is refused (a minor acts through the school), a new adult's account
 * is made without a password.
 */
class OwnAccountsIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String MENTOR = DemoDistrict.MENTOR_LOGIN;
    static final String MENTEE = DemoDistrict.MENTEE_LOGIN;
    static final String SCHOOL = DemoDistrict.OWN_ACCOUNTS_SCHOOL;
    static final String ADMIN = "admin-" + SCHOOL;

    static PlatformClient client;
    static String pairId;
    static String otherPairId;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
        for (JsonNode p : client.get(ADMIN, "/api/registry/pairs?schoolCode=" + SCHOOL).json().get("items")) {
            if ("15".equals(p.get("orderNumber").asString())) {
                pairId = p.get("id").asString();
            }
        }
        for (JsonNode p : client.get("coordinator", "/api/registry/pairs?schoolCode=mil-sosh-1").json().get("items")) {
            otherPairId = p.get("id").asString();
        }
        assertThat(pairId).as("the demo pair № 15 of " + SCHOOL).isNotNull();
        assertThat(otherPairId).as("a demo pair of МБОУ СОШ №1").isNotNull();
    }

    @Test
    void theMentorsAndTheMenteesTokensCarryTheirRoleAndTheirRecord() {
        JsonNode mentor = KeycloakAdmin.claims(client.token(MENTOR));
        assertThat(mentor.path("realm_access").path("roles").toString()).contains("\"mentor\"").doesNotContain("school-admin");
        assertThat(mentor.path("participant_id").asString()).isNotBlank();
        JsonNode mentee = KeycloakAdmin.claims(client.token(MENTEE));
        assertThat(mentee.path("realm_access").path("roles").toString()).contains("\"mentee\"");
        assertThat(mentee.path("participant_id").asString()).isNotEqualTo(mentor.path("participant_id").asString());
    }

    @Test
    void eachSeesTheirOwnPairAndNoOther() {
        for (String who : new String[] {MENTOR, MENTEE}) {
            PlatformClient.Response mine = client.get(who, "/api/registry/me/pairs");
            assertThat(mine.status()).as(mine.body()).isEqualTo(200);
            assertThat(mine.json()).hasSize(1);
            assertThat(mine.json().get(0).get("yourRole").asString()).isEqualTo(who.equals(MENTOR) ? "MENTOR" : "MENTEE");
            JsonNode pair = mine.json().get(0).get("pair");
            assertThat(pair.get("id").asString()).isEqualTo(pairId);
            assertThat(pair.path("mentor").path("schoolShortName").asString()).isEqualTo("МБОУ СОШ №4");
            // names, no register ids or codes
            assertThat(pair.path("mentor").has("participantId")).isFalse();
            assertThat(pair.path("mentor").has("externalKey")).isFalse();
            assertThat(client.get(who, "/api/registry/me/pairs/" + pairId).status()).isEqualTo(200);
            assertThat(client.get(who, "/api/registry/me/pairs/" + pairId + "/programme").json().get("eventCount").asInt())
                    .isEqualTo(4);
        }
    }

    @Test
    void anotherPairAnswersExactlyAsAMissingOne() {
        String missing = UUID.randomUUID().toString();
        for (String who : new String[] {MENTOR, MENTEE}) {
            for (String tail : new String[] {"", "/programme", "/reports", "/proposals", "/requests"}) {
                PlatformClient.Response other = client.get(who, "/api/registry/me/pairs/" + otherPairId + tail);
                PlatformClient.Response none = client.get(who, "/api/registry/me/pairs/" + missing + tail);
                assertThat(other.status()).as(who + " " + tail + ": " + other.body()).isEqualTo(404);
                assertThat(none.status()).isEqualTo(404);
                // the same words, repeating only the id the caller sent
                assertThat(other.json().path("detail").asString().replace(otherPairId, "<id>"))
                        .isEqualTo(none.json().path("detail").asString().replace(missing, "<id>"));
                assertThat(other.body()).doesNotContain("mil-sosh-1").doesNotContain("СОШ №1");
            }
            assertThat(client.postJson(who, "/api/registry/me/pairs/" + otherPairId + "/reports", "{\"text\":\"чужой\"}").status())
                    .isEqualTo(404);
            assertThat(client.postJson(who, "/api/registry/me/pairs/" + otherPairId + "/requests", "{\"reason\":\"чужой\"}").status())
                    .isEqualTo(404);
            assertThat(client.postJson(who, "/api/registry/me/pairs/" + otherPairId + "/proposals", "{\"text\":\"чужой\"}").status())
                    .isEqualTo(404);
        }
    }

    @Test
    void schoolWideListsExportsAndReportsStayClosed() {
        for (String who : new String[] {MENTOR, MENTEE}) {
            for (String path : new String[] {"/api/registry/pairs", "/api/registry/pairs/" + pairId,
                    "/api/registry/pairs/" + pairId + "/programme", "/api/registry/schools/" + SCHOOL + "/participants",
                    "/api/registry/schools", "/api/registry/bank/mentors", "/api/registry/exchange/pairs?format=csv",
                    "/api/registry/statistics", "/api/registry/audit", "/api/monitoring/rounds?schoolCode=" + SCHOOL,
                    "/api/index/schools"}) {
                PlatformClient.Response r = client.get(who, path);
                assertThat(r.status()).as(who + " " + path + ": " + r.body()).isIn(403, 404);
            }
            assertThat(client.postJson(who, "/api/registry/pairs/" + pairId + "/programme/events/" + UUID.randomUUID() + "/done",
                    "{\"done\":true}").status()).isEqualTo(403);
        }
    }

    @Test
    void theMentorMarksAnEventDoneAndWritesTheStageReportWhichTheSchoolReads() {
        JsonNode programme = client.get(MENTOR, "/api/registry/me/pairs/" + pairId + "/programme").json();
        JsonNode open = null;
        for (JsonNode e : programme.get("events")) {
            if (!e.get("done").asBoolean() && open == null) {
                open = e;
            }
        }
        assertThat(open).as("an event of the plan not done yet").isNotNull();
        String event = "/api/registry/me/pairs/" + pairId + "/programme/events/" + open.get("id").asString() + "/done";
        assertThat(client.postJson(MENTEE, event, "{\"done\":true}").status()).as("a mentee does not mark events").isEqualTo(403);
        PlatformClient.Response done = client.postJson(MENTOR, event, "{\"done\":true}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("doneCount").asInt()).isEqualTo(programme.get("doneCount").asInt() + 1);
        JsonNode seen = client.get(ADMIN, "/api/registry/pairs/" + pairId + "/programme").json();
        assertThat(seen.get("doneCount").asInt()).isEqualTo(programme.get("doneCount").asInt() + 1);
        // the demo's plan as it was, for the classes that read it after this one
        assertThat(client.postJson(MENTOR, event, "{\"done\":false}").status()).isEqualTo(200);

        String text = "Отчёт наставника " + tag() + ": молодой педагог провёл два открытых урока";
        assertThat(client.postJson(MENTEE, "/api/registry/me/pairs/" + pairId + "/reports", json(Map.of("text", text))).status())
                .as("the report is the mentor's").isEqualTo(403);
        PlatformClient.Response report = client.postJson(MENTOR, "/api/registry/me/pairs/" + pairId + "/reports",
                json(Map.of("text", text)));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        assertThat(report.json().get("stageLabel").asString()).isNotBlank();
        assertThat(client.get(ADMIN, "/api/registry/pairs/" + pairId + "/reports").body()).contains(text);
        assertThat(client.get(MENTEE, "/api/registry/me/pairs/" + pairId + "/reports").body()).contains(text);
        assertThat(client.get("admin-mil-sosh-1", "/api/registry/pairs/" + pairId + "/reports").status()).isEqualTo(404);
    }

    @Test
    void theMenteeProposesAChangeAndAsksForAnotherMentorAndTheSchoolDecidesBoth() {
        String proposal = "Добавить посещение уроков коллег " + tag();
        assertThat(client.postJson(MENTOR, "/api/registry/me/pairs/" + pairId + "/proposals", json(Map.of("text", proposal))).status())
                .isEqualTo(403);
        PlatformClient.Response proposed = client.postJson(MENTEE, "/api/registry/me/pairs/" + pairId + "/proposals",
                json(Map.of("text", proposal)));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(client.get(ADMIN, "/api/registry/pairs/" + pairId + "/proposals").body()).contains(proposal);
        // the school decides it; the mentee cannot, another school does not even find it
        String decision = "/api/registry/pairs/" + pairId + "/proposals/" + proposed.json().get("id").asString() + "/decision";
        assertThat(client.postJson(MENTEE, decision, "{\"accept\":true}").status()).isEqualTo(403);
        assertThat(client.postJson("admin-mil-sosh-1", decision, "{\"accept\":true}").status()).isEqualTo(404);
        String comment = "Включим в план на январь " + tag();
        PlatformClient.Response accepted = client.postJson(ADMIN, decision, json(Map.of("accept", true, "note", comment)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(client.postJson(ADMIN, decision, "{\"accept\":false}").status()).as("decided once").isEqualTo(409);
        JsonNode mine = null;
        for (JsonNode p : client.get(MENTEE, "/api/registry/me/pairs/" + pairId + "/proposals").json()) {
            if (p.get("text").asString().equals(proposal)) {
                mine = p;
            }
        }
        assertThat(mine).as("the mentee's proposal in their account").isNotNull();
        assertThat(mine.get("statusLabel").asString()).isEqualTo("принято");
        assertThat(mine.get("decisionNote").asString()).isEqualTo(comment);

        String reason = "Не совпадают расписания " + tag();
        PlatformClient.Response asked = client.postJson(MENTEE, "/api/registry/me/pairs/" + pairId + "/requests",
                json(Map.of("reason", reason)));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.json().get("kind").asString()).isEqualTo("MENTOR_REPLACEMENT");
        String requestId = asked.json().get("id").asString();
        JsonNode seen = null;
        for (JsonNode r : client.get(ADMIN, "/api/registry/pairs/" + pairId + "/requests").json()) {
            if (r.get("id").asString().equals(requestId)) {
                seen = r;
            }
        }
        assertThat(seen).as("the mentee's request at the school").isNotNull();
        assertThat(seen.get("reason").asString()).isEqualTo(reason);
        assertThat(seen.get("status").asString()).isEqualTo("PENDING");
        // decided as any request; rejected here, so that the demo pair goes on for the classes after this one
        PlatformClient.Response decided = client.postJson(ADMIN, "/api/registry/pairs/" + pairId + "/requests/" + requestId + "/decision",
                "{\"approve\":false,\"note\":\"Расписание согласовано\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(client.get(MENTEE, "/api/registry/me/pairs/" + pairId + "/requests").body()).contains("REJECTED");
        assertThat(client.get(MENTOR, "/api/registry/me/pairs/" + pairId + "/requests").json()).isEmpty();
    }

    @Test
    void theSchoolLinksAnAdultWithoutSettingAPasswordAndRefusesAPupil() throws Exception {
        String tag = tag();
        String pupil = person("OA-S-" + tag, "STUDENT", 9);
        PlatformClient.Response refused = client.postJson(ADMIN, "/api/registry/participants/" + pupil + "/account",
                json(Map.of("email", "pupil" + tag + "@example.org")));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("reason").asString()).contains("несовершеннолетний");

        String teacher = person("OA-T-" + tag, "TEACHER", null);
        PlatformClient.Response request = client.postJson(ADMIN, "/api/registry/participants/" + teacher + "/mentee-requests",
                "{\"difficultyKind\":\"METHODICAL\",\"subject\":\"физика\",\"text\":\"Хочу научиться\"}");
        assertThat(request.status()).as(request.body()).isEqualTo(201);
        assertThat(client.postJson("admin-mil-sosh-1", "/api/registry/participants/" + teacher + "/account",
                json(Map.of("email", "t" + tag + "@example.org"))).status()).as("another school's teacher").isEqualTo(404);
        PlatformClient.Response linked = client.postJson(ADMIN, "/api/registry/participants/" + teacher + "/account",
                json(Map.of("email", "t" + tag + "@example.org")));
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.json().get("userCreated").asBoolean()).isTrue();
        assertThat(linked.json().get("roles").toString()).contains("mentee").doesNotContain("mentor");
        // Keycloak's invitation to set a password, kept by the demo's mail sink
        assertThat(linked.json().get("invitationSent").asBoolean()).as(linked.body()).isTrue();
        assertThat(invitationTo("t" + tag + "@example.org")).as("the invitation in " + E2EPlatform.get().mailFolder()).isTrue();
        // nobody has set a password: the account is opened by Keycloak's invitation only
        PlatformClient.Response login = client.form(client.keycloakUrl() + "/realms/mentoring/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "mentoring-cli", "username", "t" + tag + "@example.org",
                        "password", DemoDistrict.PASSWORD));
        assertThat(login.status()).isIn(400, 401);
        assertThat(client.get("coordinator", "/api/registry/audit?schoolCode=" + SCHOOL + "&size=200").body())
                .contains("PARTICIPANT_ACCOUNT_LINKED").contains(teacher);
    }

    static boolean invitationTo(String address) throws IOException {
        try (Stream<Path> mails = Files.list(E2EPlatform.get().mailFolder())) {
            return mails.anyMatch(m -> {
                try {
                    return Files.readString(m).contains("X-Envelope-To: <" + address + ">");
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }

    static String person(String key, String kind, Integer grade) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("externalKey", key, "kind", kind, "lastName", "Кабинетова",
                "firstName", "Вера"));
        if (grade != null) {
            body.put("grade", grade);
        }
        PlatformClient.Response r = client.postJson(ADMIN, "/api/registry/schools/" + SCHOOL + "/participants", json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().get("id").asString();
        PlatformClient.Response c = client.postJson(ADMIN, "/api/registry/participants/" + id + "/consents", json(Map.of(
                "givenOn", DistrictTime.today().minusDays(3).toString(), "documentRef", "Согласие № " + key)));
        assertThat(c.status()).as(c.body()).isIn(201, 422);
        return id;
    }

    static String tag() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    static String json(Object o) {
        return JSON.writeValueAsString(o);
    }
}
