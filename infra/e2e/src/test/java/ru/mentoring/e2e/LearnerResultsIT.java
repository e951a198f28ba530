package ru.mentoring.e2e;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Stage 2 for learners through the gateway with real tokens: the administrator of mil-pervomayskaya
 * registers five pupils of their own (consents given), forms a «учитель – ученик» group with a teacher
 * of the school for programme year 2029 (this class's alone, so the figures are exact), loads the
 * pupils' indicators before and after, and reads the paired results back. A bad file is refused whole
 * naming its rows; another school's administrator gets "not found" and their file never counts here.
 */
class LearnerResultsIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int YEAR = 2029;
    static final String SCHOOL = "mil-pervomayskaya";
    static final String ADMIN = "admin-" + SCHOOL;
    static final String OTHER_ADMIN = "admin-mil-voloshinskaya";
    static final String HEADER = "participant_id;programme_year;stage;average_mark;absences;on_register;in_club\n";

    static PlatformClient client;
    static final List<String> pupils = new ArrayList<>();

    @BeforeAll
    static void pupilsInAGroupOfTheYear() {
        client = E2EPlatform.client();
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 5; i++) {
            PlatformClient.Response created = client.postJson(ADMIN, "/api/registry/schools/" + SCHOOL + "/participants",
                    JSON.writeValueAsString(Map.of("externalKey", "LRN-" + run + "-" + i, "kind", "STUDENT",
                            "lastName", "Ученикова", "firstName", "Ученица" + i, "grade", 7)));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().get("id").asString();
            PlatformClient.Response consent = client.postJson(ADMIN, "/api/registry/participants/" + id + "/consents",
                    JSON.writeValueAsString(Map.of("givenOn", "2026-09-01", "documentRef", "Согласие родителя, " + run,
                            "givenBy", "Ученикова Мария Ивановна")));
            assertThat(consent.status()).as(consent.body()).isEqualTo(201);
            pupils.add(id);
        }
        String mentor = null;
        for (JsonNode p : client.get(ADMIN, "/api/registry/schools/" + SCHOOL + "/participants").json()) {
            if ("TEACHER".equals(p.get("kind").asString())) {
                mentor = p.get("id").asString();
                break;
            }
        }
        assertThat(mentor).as("a teacher of " + SCHOOL).isNotNull();
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("mentorId", mentor);
        pair.put("menteeIds", pupils);
        pair.put("form", "TEACHER_STUDENT");
        pair.put("interactionModel", "TEACHER_UNDERACHIEVING_STUDENT");
        pair.put("kind", "GROUP");
        pair.put("orderNumber", "LRN-" + run);
        pair.put("orderDate", "2029-09-05");
        pair.put("startDate", "2029-09-15");
        pair.put("endDate", "2030-05-31");
        PlatformClient.Response formed = client.postJson(ADMIN, "/api/registry/pairs", JSON.writeValueAsString(pair));
        assertThat(formed.status()).as(formed.body()).isEqualTo(201);
    }

    /** Marks 3.2 → 3.9, absences 7.6 → 5, on a register 3 → 1, in clubs 1 → 4 (as the service's hand-computed test). */
    static String file() {
        String[][] v = {
                {"3", "4", "10", "4", "да", "нет", "нет", "да"},
                {"3", "4", "8", "8", "да", "нет", "нет", "да"},
                {"4", "4", "2", "0", "нет", "нет", "да", "да"},
                {"3", "4", "12", "6", "да", "да", "нет", "нет"},
                {"3", "3,5", "6", "7", "нет", "нет", "нет", "да"}};
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5; i++) {
            csv.append(String.join(";", pupils.get(i), "" + YEAR, "до", v[i][0], v[i][2], v[i][4], v[i][6])).append('\n');
            csv.append(String.join(";", pupils.get(i), "" + YEAR, "после", v[i][1], v[i][3], v[i][5], v[i][7])).append('\n');
        }
        return csv.toString();
    }

    @Test
    void aSchoolLoadsItsPupilsIndicatorsAndReadsThePairedResultsAnotherSchoolNeverSeesThem() throws Exception {
        PlatformClient.Response bad = client.post(ADMIN, "/api/monitoring/learners", "text/csv", (HEADER
                + pupils.get(0) + ";" + YEAR + ";до;4;0;нет;да\n"
                + UUID.randomUUID() + ";" + YEAR + ";до;4;0;нет;да\n"
                + pupils.get(1) + ";" + YEAR + ";после;6;-2;может быть;да\n").getBytes(StandardCharsets.UTF_8));
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        JsonNode problem = bad.json();
        assertThat(problem.get("rejectedRows").asInt()).isEqualTo(2);
        List<String> named = new ArrayList<>();
        problem.get("errors").forEach(e -> named.add(e.get("row").asInt() + ":" + e.get("field").asString()));
        assertThat(named).contains("3:participant_id", "4:average_mark", "4:absences", "4:on_register");
        assertThat(problem.toString()).contains("Участник не наставляемый в паре формы");

        PlatformClient.Response stored = client.postFile(ADMIN, "/api/monitoring/learners", "file", "pupils.csv", "text/csv",
                file().getBytes(StandardCharsets.UTF_8));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(stored.json().get("rowsRead").asInt()).isEqualTo(10);

        // another school's administrator: loading our pupils is refused, reading our school is "not found"
        PlatformClient.Response foreign = client.post(OTHER_ADMIN, "/api/monitoring/learners", "text/csv", (HEADER
                + pupils.get(0) + ";" + YEAR + ";после;2;50;да;нет\n").getBytes(StandardCharsets.UTF_8));
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(422);
        assertThat(client.get(OTHER_ADMIN, "/api/monitoring/learners/results?programmeYear=" + YEAR + "&schoolCode=" + SCHOOL)
                .status()).isEqualTo(404);
        JsonNode theirs = client.get(OTHER_ADMIN, "/api/monitoring/learners/results?programmeYear=" + YEAR).json();
        assertThat(theirs.get("paired").asInt()).isZero();

        for (String reader : List.of(ADMIN, "coordinator")) {
            JsonNode r = client.get(reader, "/api/monitoring/learners/results?programmeYear=" + YEAR + "&schoolCode=" + SCHOOL).json();
            assertThat(r.get("paired").asInt()).as(reader).isEqualTo(5);
            assertThat(r.get("measures").get(0).get("meanBefore").asDouble()).isEqualTo(3.2);
            assertThat(r.get("measures").get(0).get("meanAfter").asDouble()).isEqualTo(3.9);
            assertThat(r.get("measures").get(0).get("pValue").asDouble()).isCloseTo(0.125, within(1e-9));
            assertThat(r.get("measures").get(1).get("meanAfter").asDouble()).isEqualTo(5.0);
            assertThat(r.get("statuses").get(0).get("before").asInt()).isEqualTo(3);
            assertThat(r.get("statuses").get(0).get("after").asInt()).isEqualTo(1);
            assertThat(r.get("statuses").get(1).get("after").asInt()).isEqualTo(4);
        }
        // the municipality in year 2029 holds this school's pupils only
        assertThat(client.get("coordinator", "/api/monitoring/learners/results?programmeYear=" + YEAR).json().get("paired").asInt())
                .isEqualTo(5);
        PlatformClient.Response workbook = client.send(client.request("coordinator",
                "/api/monitoring/learners/results?programmeYear=" + YEAR + "&schoolCode=" + SCHOOL)
                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").GET());
        assertThat(workbook.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.raw().body()))) {
            DataFormatter text = new DataFormatter();
            boolean found = false;
            for (Row row : book.getSheetAt(0)) {
                if (text.formatCellValue(row.getCell(0)).startsWith("Состоят на учёте")) {
                    assertThat(text.formatCellValue(row.getCell(1))).isEqualTo("3");
                    assertThat(text.formatCellValue(row.getCell(2))).isEqualTo("1");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }

        // the school's page in a browser, narrow as a phone: the same figures, with decimal commas
        ChromeDriver driver = WebSession.loggedIn(ADMIN, 360);
        try {
            driver.get(WebSession.gateway() + "/monitoring/learners?year=" + YEAR);
            WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("learners-paired")));
            assertThat(driver.findElement(By.id("learners-paired")).getText()).isEqualTo("5");
            assertThat(driver.findElement(By.id("learners-measures")).getText()).contains("3,2", "3,9", "7,6");
            assertThat(driver.findElement(By.id("learners-statuses")).getText()).contains("Состоят на учёте");
            Browser.screenshot(driver, "monitoring-learners");
        } finally {
            driver.quit();
        }
    }
}
