package ru.mentoring.e2e;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, items 4 and 5, through the gateway with real tokens: the municipal mentoring centre and
 * its work plan by the seed's four activities, and the schools' own roadmaps with the coordinator's
 * table of them. Programme year 2031 belongs to this class alone; the demo's 2025 shows the demo's
 * centre and roadmaps. The demo's centre is only read: the other district's coordinator describes
 * theirs.
 */
class CentrePlanIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int YEAR = 2031;
    static final String OWN = "mil-sosh-2";
    static final String OTHER = "mil-sosh-4";

    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void theCoordinatorDescribesTheirCentreWhichOnlyTheirMunicipalityReads() {
        JsonNode demo = client.get("department", "/api/monitoring/centre").json();
        assertThat(demo.get("described").asBoolean()).isTrue();
        assertThat(demo.get("name").asString()).isEqualTo("Муниципальный наставнический центр Миллеровского района");
        assertThat(demo.get("staff")).extracting(m -> m.get("roleLabel").asString())
                .contains("наставник – член управленческой команды", "куратор-методист");
        assertThat(demo.path("updatedBy").isNull() || demo.path("updatedBy").isMissingNode()).isTrue();

        String name = "Наставнический центр Заречного района " + System.nanoTime();
        String centre = JSON.writeValueAsString(Map.of("name", name, "headName", "Заречная Ольга Петровна",
                "headPosition", "специалист управления образования",
                "staff", List.of(Map.of("fullName", "Речной Иван Ильич", "position", "директор школы", "role", "MENTOR"))));
        PlatformClient.Response saved = client.putJson("coordinator-other", "/api/monitoring/centre", centre);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("staff").get(0).get("roleLabel").asString()).isEqualTo("наставник – член управленческой команды");
        assertThat(client.get("coordinator-other", "/api/monitoring/centre").json().get("name").asString()).isEqualTo(name);
        assertThat(client.get("coordinator", "/api/monitoring/centre").body()).doesNotContain(name, "Речной");

        assertThat(client.putJson("department", "/api/monitoring/centre", centre).status()).isEqualTo(403);
        assertThat(client.putJson("admin-" + OWN, "/api/monitoring/centre", centre).status()).isEqualTo(403);
        PlatformClient.Response refused = client.putJson("coordinator-other", "/api/monitoring/centre",
                JSON.writeValueAsString(Map.of("name", "", "headName", "Заречная", "staff", List.of())));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void theCoordinatorGivesAnEventOfTheCentresPlanItsActivityAndPlaceAndTheExportShowsThem() throws Exception {
        String plan = plan("coordinator", null);
        JsonNode events = client.get("coordinator", "/api/monitoring/plans/" + plan).json().get("events");
        assertThat(events).hasSize(40);
        assertThat(events).allMatch(e -> !e.get("activityLabel").isNull());
        JsonNode first = events.get(0);
        Map<String, Object> described = new LinkedHashMap<>();
        for (String f : List.of("stage", "event", "form", "monthText", "responsible", "expectedResult")) {
            described.put(f, first.get(f).asString());
        }
        described.put("dueMonth", first.get("dueMonth").asInt());
        described.put("activity", "INFORMATION");
        described.put("place", "Конференц-зал МБУ ДПО «МиРЦ»");
        PlatformClient.Response edited = client.putJson("coordinator", "/api/monitoring/plans/" + plan + "/events/" + first.get("id").asString(),
                JSON.writeValueAsString(described));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("activityLabel").asString()).isEqualTo("Информационная деятельность");

        JsonNode information = client.get("department", "/api/monitoring/plans/" + plan + "?activity=INFORMATION").json();
        assertThat(information.get("events")).isNotEmpty().allMatch(e -> e.get("activity").asString().equals("INFORMATION"));
        assertThat(information.get("events").get(0).get("place").asString()).isEqualTo("Конференц-зал МБУ ДПО «МиРЦ»");
        assertThat(client.putJson("admin-" + OWN, "/api/monitoring/plans/" + plan + "/events/" + first.get("id").asString(),
                JSON.writeValueAsString(described)).status()).isEqualTo(403);
        assertThat(client.putJson("coordinator-other", "/api/monitoring/plans/" + plan + "/events/" + first.get("id").asString(),
                JSON.writeValueAsString(described)).status()).isEqualTo(404);

        PlatformClient.Response xlsx = client.send(client.request("coordinator", "/api/monitoring/plans/" + plan)
                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").GET());
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.raw().body()))) {
            Row header = book.getSheet("План мероприятий").getRow(2);
            List<String> columns = new ArrayList<>();
            header.forEach(c -> columns.add(c.getStringCellValue()));
            assertThat(columns).contains("Вид деятельности", "Место проведения");
            Row firstEvent = book.getSheet("План мероприятий").getRow(3);
            assertThat(firstEvent.getCell(columns.indexOf("Вид деятельности")).getStringCellValue()).isEqualTo("Информационная деятельность");
            assertThat(firstEvent.getCell(columns.indexOf("Место проведения")).getStringCellValue()).isEqualTo("Конференц-зал МБУ ДПО «МиРЦ»");
        }
    }

    @Test
    void aSchoolBuildsItsOwnRoadmapAndTheCoordinatorsTableShowsIt() {
        String roadmap = plan("admin-" + OWN, OWN);
        JsonNode before = client.get("admin-" + OWN, "/api/monitoring/plans/" + roadmap).json();
        String title = "Наставническая гостиная " + System.nanoTime();
        PlatformClient.Response added = client.postJson("admin-" + OWN, "/api/monitoring/plans/" + roadmap + "/events",
                JSON.writeValueAsString(Map.of("stage", "2.5", "event", title, "monthText", "Октябрь", "dueMonth", 10,
                        "responsible", "Куратор школы", "expectedResult", "Проведена встреча", "place", "Кабинет 12")));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("position").asInt()).isEqualTo(before.get("events").size() + 1);
        String event = added.json().get("id").asString();
        PlatformClient.Response done = patch("admin-" + OWN, "/api/monitoring/plans/" + roadmap + "/events/" + event,
                "{\"status\":\"DONE\",\"evidence\":\"Протокол гостиной № 1\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);

        JsonNode table = client.get("coordinator", "/api/monitoring/roadmaps?programmeYear=" + YEAR).json();
        JsonNode line = line(table, OWN);
        assertThat(line.get("shortName").asString()).isEqualTo("МБОУ СОШ №2");
        assertThat(line.get("hasRoadmap").asBoolean()).isTrue();
        assertThat(line.get("planId").asString()).isEqualTo(roadmap);
        assertThat(line.get("done").asLong()).isGreaterThanOrEqualTo(1);
        // the schools without a roadmap of the year come first
        assertThat(table.get("schools").get(0).get("hasRoadmap").asBoolean()).isFalse();
        assertThat(client.get("department", "/api/monitoring/roadmaps?programmeYear=" + YEAR).status()).isEqualTo(200);
        assertThat(client.get("admin-" + OWN, "/api/monitoring/roadmaps?programmeYear=" + YEAR).status()).isEqualTo(403);
        assertThat(client.get("coordinator-other", "/api/monitoring/roadmaps?programmeYear=" + YEAR).body()).doesNotContain(OWN, "МБОУ СОШ №2");

        // another school: its roadmap is "not found", to read and to change
        assertThat(client.get("admin-" + OTHER, "/api/monitoring/plans/" + roadmap).status()).isEqualTo(404);
        assertThat(patch("admin-" + OTHER, "/api/monitoring/plans/" + roadmap + "/events/" + event, "{\"status\":\"CANCELLED\"}").status())
                .isEqualTo(404);
        assertThat(client.get("admin-" + OTHER, "/api/monitoring/plans?programmeYear=" + YEAR).body()).doesNotContain(roadmap);
    }

    @Test
    void theDemoDistrictsTableShowsSchoolsWithoutARoadmapAndOverdueEventsFirst() {
        JsonNode schools = client.get("coordinator", "/api/monitoring/roadmaps?programmeYear=2025").json().get("schools");
        assertThat(schools.size()).isGreaterThanOrEqualTo(22);
        JsonNode sosh4 = line(client.get("coordinator", "/api/monitoring/roadmaps?programmeYear=2025").json(), "mil-sosh-4");
        assertThat(sosh4.get("overdue").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode gymnasium = line(client.get("coordinator", "/api/monitoring/roadmaps?programmeYear=2025").json(), "mil-gymnasium-1");
        assertThat(gymnasium.get("needsAttention").asBoolean()).isFalse();
        List<Boolean> attention = new ArrayList<>();
        schools.forEach(s -> attention.add(s.get("needsAttention").asBoolean()));
        // every school that needs attention comes before every one that does not
        assertThat(attention.indexOf(false)).isGreaterThan(attention.lastIndexOf(true));
    }

    /** The plan of the class's year: created by the owner, or found when an earlier run made it. */
    static String plan(String owner, String school) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programmeYear", YEAR);
        if (school != null) {
            body.put("schoolCode", school);
        }
        PlatformClient.Response created = client.postJson(owner, "/api/monitoring/plans", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        for (JsonNode p : client.get(owner, "/api/monitoring/plans?programmeYear=" + YEAR).json()) {
            boolean own = school == null ? p.path("schoolCode").isNull() || p.path("schoolCode").isMissingNode()
                    : school.equals(p.path("schoolCode").asString());
            if (own) {
                return p.get("id").asString();
            }
        }
        throw new AssertionError("no plan of " + (school == null ? "the municipality" : school));
    }

    static JsonNode line(JsonNode table, String school) {
        for (JsonNode s : table.get("schools")) {
            if (s.get("schoolCode").asString().equals(school)) {
                return s;
            }
        }
        throw new AssertionError(school + " is not in the roadmaps table");
    }

    static PlatformClient.Response patch(String user, String path, String json) {
        return client.send(client.request(user, path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }
}
