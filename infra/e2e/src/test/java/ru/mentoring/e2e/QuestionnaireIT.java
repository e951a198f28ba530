package ru.mentoring.e2e;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator opens a questionnaire round; participants answer through their personal links
 * without an account, through the gateway; a link works once.
 */
class QuestionnaireIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void participantsAnswerThroughTheirLinksOnceAndTheCuratorSeesWhoIsPending() {
        JsonNode teachers = client.get("coordinator", "/api/registry/schools/mil-sosh-5/participants").json();
        List<Map<String, Object>> respondents = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            respondents.add(Map.of("participantId", teachers.get(i).get("id").asString(), "role", "MENTEE"));
        }
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("programmeYear", 2025);
        round.put("schoolCode", "mil-sosh-5");
        round.put("templateCode", "MENTEE_BEFORE");
        round.put("validityDays", 14);
        round.put("respondents", respondents);
        PlatformClient.Response opened = client.postJson("coordinator", "/api/monitoring/rounds", JSON.writeValueAsString(round));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String roundId = opened.json().get("round").get("id").asString();
        String path = opened.json().get("links").get(0).get("path").asString();

        PlatformClient.Response form = client.get(null, path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).doesNotContain(teachers.get(0).get("lastName").asString());

        String answers = JSON.writeValueAsString(Map.of("answers", answersFor(form.json().get("items"))));
        PlatformClient.Response submitted = client.send(client.request(null, path)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(answers)));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);

        PlatformClient.Response again = client.send(client.request(null, path)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(answers)));
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");

        JsonNode pending = client.get("admin-mil-sosh-5", "/api/monitoring/rounds/" + roundId + "/pending").json();
        assertThat(pending.get("answered").asInt()).isEqualTo(1);
        assertThat(pending.get("pending").size()).isEqualTo(1);

        assertThat(client.get("admin-mil-sosh-2", "/api/monitoring/rounds/" + roundId).status()).isEqualTo(404);
        assertThat(client.get("department", "/api/monitoring/rounds/" + roundId).status()).isEqualTo(403);
        assertThat(client.get("coordinator-other", "/api/monitoring/rounds/" + roundId).status()).isEqualTo(404);

        String metrics = client.get(null, E2EPlatform.serviceUrl("monitoring") + "/actuator/prometheus").body();
        assertThat(metrics.lines().filter(l -> l.startsWith("monitoring_questionnaire_submissions_total")
                && l.contains("outcome=\"accepted\"") && l.contains("MENTEE_BEFORE")).findFirst().orElseThrow())
                .doesNotEndWith(" 0.0");
    }

    @Test
    void aSchoolAdministratorCannotOpenARoundForAnotherSchool() {
        Map<String, Object> round = Map.of("programmeYear", 2025, "schoolCode", "mil-sosh-4", "templateCode", "MENTEE_BEFORE",
                "validityDays", 14, "respondents", List.of(Map.of("participantId", "00000000-0000-0000-0000-000000000001", "role", "MENTEE")));
        assertThat(client.postJson("admin-mil-sosh-2", "/api/monitoring/rounds", JSON.writeValueAsString(round)).status()).isEqualTo(404);
    }

    @Test
    void anUnknownLinkIsNotFound() {
        assertThat(client.get(null, "/api/monitoring/public/answers/not-a-real-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").status())
                .isEqualTo(404);
    }

    private static List<Map<String, Object>> answersFor(JsonNode items) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode item : items) {
            Object value = switch (item.get("type").asString()) {
                case "YES_NO" -> true;
                case "SCALE_1_10" -> 8;
                case "FREQUENCY" -> item.get("options").get(0).asString();
                default -> "Хочу научиться работать с трудными классами";
            };
            answers.add(Map.of("itemKey", item.get("key").asString(), "value", value));
        }
        return answers;
    }
}
