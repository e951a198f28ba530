package ru.mentoring.launcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The management team and personnel reserve of the demo's low-result school МБОУ СОШ №4 (seed 004: «формирование
 * эффективных управленческих команд в ШНОР/ШССУ», «школа кадрового управленческого резерва»), kept by its
 * administrator: its two most experienced teachers as the director and the deputy, a teacher in the reserve.
 */
final class DemoManagement {

    static final String SCHOOL = "mil-sosh-4";

    private final PlatformClient client;

    DemoManagement(PlatformClient client) {
        this.client = client;
    }

    void load() {
        List<JsonNode> teachers = new ArrayList<>();
        client.get("coordinator", "/api/registry/schools/" + SCHOOL + "/participants").json().forEach(p -> {
            if ("TEACHER".equals(p.path("kind").asString())) {
                teachers.add(p);
            }
        });
        teachers.sort(Comparator.comparingInt((JsonNode p) -> -p.path("experienceYears").asInt()));
        add(teachers.get(0), "TEAM", "директор", "2018-08-30");
        add(teachers.get(1), "TEAM", "заместитель директора по учебно-воспитательной работе", "2021-09-01");
        add(teachers.get(2), "RESERVE", "заместитель директора по учебно-воспитательной работе", "2025-09-01");
    }

    private void add(JsonNode teacher, String role, String position, String since) {
        PlatformClient.Response r = client.postJson("admin-" + SCHOOL, "/api/registry/schools/" + SCHOOL + "/management",
                PlatformClient.json(Map.of("participantId", teacher.get("id").asString(), "role", role, "position", position,
                        "since", since)));
        if (r.status() != 201) {
            throw new IllegalStateException("demo management: " + role + " -> " + r.status() + " " + r.body());
        }
    }
}
