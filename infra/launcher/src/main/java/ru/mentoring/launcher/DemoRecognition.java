package ru.mentoring.launcher;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Recognition in the demo district (seed 003: «Наставник года», «Лучшая пара»): the gymnasium's mentor of the
 * cross-school pair 101-н nominated by the coordinator and awarded, and СОШ №4's own pair nominated by its
 * administrator, waiting for the coordinator's decision.
 */
final class DemoRecognition {

    private final PlatformClient client;

    DemoRecognition(PlatformClient client) {
        this.client = client;
    }

    void load() {
        JsonNode crossSchool = pair("mil-gymnasium-1", "101-н");
        JsonNode nominated = expect(client.postJson("coordinator", "/api/registry/recognition/nominations", PlatformClient.json(Map.of(
                "programmeYear", DemoMonitoring.YEAR, "kind", "MENTOR_OF_YEAR",
                "participantId", crossSchool.path("mentor").path("participantId").asString(),
                "justification", "Наставник молодого учителя МБОУ СОШ №2: открытые уроки, совместная подготовка к ОГЭ"))),
                "the mentor of the year", 201);
        expect(client.postJson("coordinator", "/api/registry/recognition/nominations/" + nominated.get("id").asString() + "/decision",
                PlatformClient.json(Map.of("awarded", true, "note", "Приказ Управления образования № 215 от 26.05.2026"))),
                "the award", 200);
        JsonNode own = pair("mil-sosh-4", "15");
        expect(client.postJson("admin-mil-sosh-4", "/api/registry/recognition/nominations", PlatformClient.json(Map.of(
                "programmeYear", DemoMonitoring.YEAR, "kind", "BEST_PAIR", "pairId", own.get("id").asString(),
                "justification", "Молодой учитель провёл открытый урок для школ района"))), "the best pair", 201);
    }

    private JsonNode pair(String school, String order) {
        for (JsonNode p : client.get("coordinator", "/api/registry/pairs?schoolCode=" + school + "&size=100").json().get("items")) {
            if (order.equals(p.path("orderNumber").asString())) {
                return p;
            }
        }
        throw new IllegalStateException("demo recognition: no pair " + order + " of " + school);
    }

    private static JsonNode expect(PlatformClient.Response r, String what, int status) {
        if (r.status() != status) {
            throw new IllegalStateException("demo recognition: " + what + " -> " + r.status() + " " + r.body());
        }
        return r.json();
    }
}
