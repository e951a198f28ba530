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
 * Seed 002's bank of mentors «из числа … родителей обучающихся», through the gateway: the demo district's parent
 * mentors a student in the employer's form; a parent of a school's own with her consent joins the bank of mentors and
 * is put in a pair by the school administrator, never in the bank of mentees nor in the college student's form; a
 * parent without consent is not put in a pair.
 */
class ParentMentorsIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SCHOOL = "mil-sosh-8";
    static final String ADMIN = "admin-" + SCHOOL;

    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void theDemoDistrictHasAParentMentoringAStudent() {
        PlatformClient.Response r = client.get("coordinator", "/api/registry/pairs?schoolCode=mil-malchevskaya&active=true");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode parentPair = null;
        for (JsonNode pair : r.json().get("items")) {
            if ("PARENT".equals(pair.path("mentor").path("kind").asString())) {
                parentPair = pair;
            }
        }
        assertThat(parentPair).as("the demo's parent mentor's pair").isNotNull();
        assertThat(parentPair.get("formLabel").asString()).isEqualTo("работодатель – ученик/студент");
        assertThat(parentPair.path("mentor").path("lastName").asString()).isEqualTo("Советова");
        assertThat(parentPair.path("mentees").get(0).path("kind").asString()).isEqualTo("STUDENT");
        JsonNode bank = client.get("coordinator", "/api/registry/bank/mentors?q=Советова").json();
        assertThat(bank.get("items").findValuesAsString("lastName")).contains("Советова");
    }

    @Test
    void aSchoolPutsAParentWithConsentInThePairOfTheEmployersFormOnly() {
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String parent = person("PM-P-" + tag, "PARENT", "Родкомова", null, true);
        String student = person("PM-S-" + tag, "STUDENT", "Секциев", 8, true);

        PlatformClient.Response topic = client.postJson(ADMIN, "/api/registry/participants/" + parent + "/mentor-topics",
                "{\"subject\":\"физическая культура\",\"topic\":\"Секция настольного тенниса\"}");
        assertThat(topic.status()).as(topic.body()).isEqualTo(201);
        PlatformClient.Response asMentee = client.postJson(ADMIN, "/api/registry/participants/" + parent + "/mentee-requests",
                "{\"difficultyKind\":\"METHODICAL\",\"text\":\"Хочу научиться\"}");
        assertThat(asMentee.status()).isEqualTo(422);
        assertThat(asMentee.json().get("errors").get(0).get("reason").asString()).isEqualTo("Родитель не включается в базу наставляемых");

        PlatformClient.Response college = client.postJson(ADMIN, "/api/registry/pairs",
                pairJson(parent, student, "COLLEGE_STUDENT_STUDENT", "COLLEGE_PEER_TO_PEER"));
        assertThat(college.status()).as(college.body()).isEqualTo(422);
        assertThat(college.json().get("errors").get(0).get("reason").asString()).contains("родитель");

        PlatformClient.Response pair = client.postJson(ADMIN, "/api/registry/pairs",
                pairJson(parent, student, "EMPLOYER_STUDENT", "ACTIVE_PROFESSIONAL_INDIFFERENT_CONSUMER"));
        assertThat(pair.status()).as(pair.body()).isEqualTo(201);
        String id = pair.json().get("id").asString();
        JsonNode read = client.get(ADMIN, "/api/registry/pairs/" + id).json();
        assertThat(read.path("mentor").path("kind").asString()).isEqualTo("PARENT");
        assertThat(read.path("mentor").path("lastName").asString()).isEqualTo("Родкомова");
        assertThat(client.get("admin-mil-sosh-4", "/api/registry/pairs/" + id).status()).isEqualTo(404);
    }

    @Test
    void aParentWithoutConsentIsNotPutInAPair() {
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String parent = person("PM-N-" + tag, "PARENT", "Несогласова", null, false);
        String student = person("PM-T-" + tag, "STUDENT", "Теннисов", 6, true);
        PlatformClient.Response pair = client.postJson(ADMIN, "/api/registry/pairs",
                pairJson(parent, student, "EMPLOYER_STUDENT", "COLLEAGUE_YOUNG_COLLEAGUE"));
        assertThat(pair.status()).as(pair.body()).isEqualTo(422);
        assertThat(pair.body()).contains("соглас");
    }

    static String person(String key, String kind, String lastName, Integer grade, boolean consent) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("externalKey", key, "kind", kind, "lastName", lastName, "firstName", "Вера"));
        if (grade != null) {
            body.put("grade", grade);
        }
        PlatformClient.Response r = client.postJson(ADMIN, "/api/registry/schools/" + SCHOOL + "/participants", JSON.writeValueAsString(body));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().get("id").asString();
        if (consent) {
            Map<String, Object> c = new LinkedHashMap<>(Map.of("givenOn", DistrictTime.today().minusDays(10).toString(),
                    "documentRef", "Согласие № " + key));
            if ("STUDENT".equals(kind)) {
                c.put("givenBy", "Законный представитель " + key);
            }
            PlatformClient.Response given = client.postJson(ADMIN, "/api/registry/participants/" + id + "/consents",
                    JSON.writeValueAsString(c));
            assertThat(given.status()).as(given.body()).isEqualTo(201);
        }
        return id;
    }

    static String pairJson(String mentor, String mentee, String form, String model) {
        LocalDate today = DistrictTime.today();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mentorId", mentor);
        body.put("menteeIds", List.of(mentee));
        body.put("form", form);
        body.put("interactionModel", model);
        body.put("kind", "TRADITIONAL");
        body.put("orderNumber", "7-н");
        body.put("orderDate", today.toString());
        body.put("startDate", today.toString());
        body.put("endDate", today.plusMonths(6).toString());
        return JSON.writeValueAsString(body);
    }
}
