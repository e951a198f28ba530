package ru.mentoring.e2e;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import ru.mentoring.platform.time.DistrictTime;

/**
 * Seed 001, «за наставляемым может быть закреплено несколько наставников», through the gateway: a school administrator
 * gives a young teacher a subject mentor and a methodical one; the first leads until the lead is handed on; the same
 * mentor twice is refused; another school's administrator cannot touch it. Its own people, unique names.
 */
class SeveralMentorsIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SCHOOL = "mil-sosh-8";
    static final String ADMIN = "admin-" + SCHOOL;

    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void aMenteeGetsASecondMentorOfTheSameFormAndTheLeadIsHandedOn() {
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String subject = teacher("SM-S-" + tag, "Предметникова", 22);
        String methodical = teacher("SM-M-" + tag, "Методистова", 30);
        String mentee = teacher("SM-N-" + tag, "Новенькая", 1);

        JsonNode first = pair(subject, mentee);
        assertThat(first.path("mentees").get(0).path("leadMentor").asBoolean()).isTrue();
        JsonNode second = pair(methodical, mentee);
        assertThat(second.path("mentees").get(0).path("leadMentor").asBoolean()).isFalse();

        PlatformClient.Response again = client.postJson(ADMIN, "/api/registry/pairs", pairJson(subject, mentee));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("errors").get(0).get("reason").asString()).contains("уже наставляемый этого наставника");

        String body = "{\"menteeId\":\"" + mentee + "\"}";
        String secondId = second.get("id").asString();
        assertThat(client.postJson("admin-mil-sosh-4", "/api/registry/pairs/" + secondId + "/lead-mentor", body).status()).isEqualTo(404);
        PlatformClient.Response handed = client.postJson(ADMIN, "/api/registry/pairs/" + secondId + "/lead-mentor", body);
        assertThat(handed.status()).as(handed.body()).isEqualTo(200);
        assertThat(handed.json().path("mentees").get(0).path("leadMentor").asBoolean()).isTrue();
        JsonNode firstNow = client.get(ADMIN, "/api/registry/pairs/" + first.get("id").asString()).json();
        assertThat(firstNow.path("mentees").get(0).path("leadMentor").asBoolean()).isFalse();
    }

    static String teacher(String key, String lastName, int experience) {
        PlatformClient.Response r = client.postJson(ADMIN, "/api/registry/schools/" + SCHOOL + "/participants", JSON.writeValueAsString(
                Map.of("externalKey", key, "kind", "TEACHER", "lastName", lastName, "firstName", "Ольга", "subjects", "математика",
                        "experienceYears", experience)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().get("id").asString();
        PlatformClient.Response consent = client.postJson(ADMIN, "/api/registry/participants/" + id + "/consents",
                "{\"givenOn\":\"" + DistrictTime.today().minusDays(10) + "\",\"documentRef\":\"Согласие № " + key + "\"}");
        assertThat(consent.status()).as(consent.body()).isEqualTo(201);
        return id;
    }

    static JsonNode pair(String mentor, String mentee) {
        PlatformClient.Response r = client.postJson(ADMIN, "/api/registry/pairs", pairJson(mentor, mentee));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    static String pairJson(String mentor, String mentee) {
        LocalDate start = DistrictTime.today().minusDays(2);
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("mentorId", mentor);
        pair.put("menteeIds", List.of(mentee));
        pair.put("form", "TEACHER_TEACHER");
        pair.put("interactionModel", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST");
        pair.put("kind", "TRADITIONAL");
        pair.put("orderNumber", "НП-" + mentor.substring(0, 4));
        pair.put("orderDate", start.toString());
        pair.put("startDate", start.toString());
        pair.put("endDate", start.plusMonths(6).toString());
        return JSON.writeValueAsString(pair);
    }
}
