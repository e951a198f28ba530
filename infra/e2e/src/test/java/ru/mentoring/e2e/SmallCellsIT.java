package ru.mentoring.e2e;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security issue item 6, through the gateway with real Keycloak tokens: the department viewer
 * ({@code department}) gets no count, share or mean over 1–4 people, and no figure from which one
 * could be computed, while the coordinator of the district reads the exact figures. The demo
 * district's monitoring year 2025 has one mentor per school (so every school's mentor line is 1)
 * and a handful of mentees per school.
 */
class SmallCellsIT {

    static final int YEAR = 2025;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void theAssessmentHidesEverySchoolOfOneToFourRespondentsAndTheComplementsFromTheViewerOnly() {
        String path = "/api/monitoring/assessment?programmeYear=" + YEAR;
        JsonNode exact = ok("coordinator", path);
        JsonNode viewer = ok("department", path);
        int smallSeen = 0;
        for (String role : List.of("MENTEE", "MENTOR")) {
            JsonNode e = table(exact, role);
            JsonNode v = table(viewer, role);
            assertThat(e.get("suppressed").asBoolean()).isFalse();
            for (String breakdown : List.of("bySchool", "byForm")) {
                Map<String, JsonNode> shown = byKey(v.get(breakdown));
                int hidden = 0;
                for (JsonNode line : e.get(breakdown)) {
                    long respondents = line.get("respondents").asLong();
                    JsonNode seen = shown.get(key(line));
                    assertThat(line.get("suppressed").asBoolean()).isFalse();
                    if (respondents >= 1 && respondents <= 4) {
                        smallSeen++;
                        assertThat(seen.get("suppressed").asBoolean()).as(role + " " + breakdown + " " + line).isTrue();
                    }
                    if (seen.get("suppressed").asBoolean()) {
                        hidden++;
                        assertThat(seen.get("respondents").isNull()).isTrue();
                        assertThat(seen.get("satisfiedWithJointWork").isNull()).isTrue();
                        assertThat(seen.get("satisfiedWithJointWorkPercent").isNull()).isTrue();
                    } else {
                        assertThat(seen.get("respondents").asLong()).isEqualTo(respondents);
                    }
                }
                // the total is shown: a single hidden line could be computed from it
                if (!v.get("suppressed").asBoolean()) {
                    assertThat(hidden).as(role + " " + breakdown + " hidden lines").isNotEqualTo(1);
                }
            }
        }
        assertThat(smallSeen).as("the demo year has schools with 1–4 respondents (one mentor each)").isPositive();
        // the mentors' line of a school is its one mentor: the coordinator sees 1, the viewer nothing
        JsonNode oneSchool = ok("department", path + "&schoolCode=mil-sosh-2&role=MENTOR");
        assertThat(oneSchool.get("tables").get(0).get("suppressed").asBoolean()).isTrue();
        assertThat(oneSchool.get("tables").get(0).get("respondents").isNull()).isTrue();
        assertThat(ok("coordinator", path + "&schoolCode=mil-sosh-2&role=MENTOR").get("tables").get(0)
                .get("respondents").asLong()).isEqualTo(1);
        assertThat(viewer.toString()).doesNotContain("lastName").doesNotContain("participantId");
    }

    @Test
    void theViewersWorkbookReadsLessThanFiveWhereTheCoordinatorsHasTheNumber() throws Exception {
        String path = "/api/monitoring/assessment?programmeYear=" + YEAR + "&role=MENTOR";
        try (XSSFWorkbook viewer = workbook("department", path); XSSFWorkbook exact = workbook("coordinator", path)) {
            Sheet v = viewer.getSheet("По школам — наставники");
            Sheet e = exact.getSheet("По школам — наставники");
            assertThat(cell(v, "mil-sosh-2", 1)).isEqualTo("<5");
            assertThat(cell(v, "mil-sosh-2", 3)).isEqualTo("<5");
            assertThat(cell(e, "mil-sosh-2", 1)).isEqualTo("1");
        }
    }

    @Test
    void theViewersInformationNoteWorkbookHidesTheSameLines() throws Exception {
        PlatformClient.Response note = client.get("department", "/api/monitoring/reports/note?programmeYear=" + YEAR + "&format=xlsx");
        assertThat(note.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(note.raw().body()))) {
            assertThat(cell(book.getSheet("По школам — наставники"), "mil-sosh-2", 1)).isEqualTo("<5");
        }
        PlatformClient.Response exact = client.get("coordinator", "/api/monitoring/reports/note?programmeYear=" + YEAR + "&format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exact.raw().body()))) {
            assertThat(cell(book.getSheet("По школам — наставники"), "mil-sosh-2", 1)).isEqualTo("1");
        }
    }

    @Test
    void theDynamicsOfOneSchoolsMentorAreHidden() {
        String path = "/api/monitoring/dynamics?programmeYear=" + YEAR + "&schoolCode=mil-sosh-2&role=MENTOR";
        JsonNode v = ok("department", path).get("tables").get(0);
        assertThat(v.get("suppressed").asBoolean()).isTrue();
        assertThat(v.get("people").isNull()).isTrue();
        for (JsonNode item : v.get("items")) {
            assertThat(item.get("suppressed").asBoolean()).isTrue();
            assertThat(item.get("meanBefore").isNull()).isTrue();
            assertThat(item.get("meanAfter").isNull()).isTrue();
        }
        assertThat(ok("coordinator", path).get("tables").get(0).get("people").asLong()).isEqualTo(1);
    }

    @Test
    void theCompetencyMeansOfSchoolsWithFewTeachersAreHidden() {
        String path = "/api/monitoring/competency-scores/summary?programmeYear=" + YEAR;
        Map<String, JsonNode> viewer = new TreeMap<>();
        ok("department", path).get("bySchool").forEach(s -> viewer.put(s.get("schoolCode").asString(), s));
        int hidden = 0;
        int small = 0;
        for (JsonNode s : ok("coordinator", path).get("bySchool")) {
            JsonNode v = viewer.get(s.get("schoolCode").asString());
            long paired = s.get("paired").asLong();
            if (paired >= 1 && paired <= 4 || s.get("teachersBefore").asLong() >= 1 && s.get("teachersBefore").asLong() <= 4) {
                small++;
                assertThat(v.get("suppressed").asBoolean()).as(s.toString()).isTrue();
            }
            if (v.get("suppressed").asBoolean()) {
                hidden++;
                assertThat(v.get("meanBefore").isNull()).isTrue();
                assertThat(v.get("paired").isNull()).isTrue();
            } else {
                assertThat(v.get("meanAfter").asDouble()).isEqualTo(s.get("meanAfter").asDouble());
            }
        }
        assertThat(hidden).as("hidden lines beside the shown total").isNotEqualTo(1);
        assertThat(hidden).isGreaterThanOrEqualTo(small);
    }

    @Test
    void theTargetsOfOneMentorPerSchoolAreHiddenPerSchool() {
        String path = "/api/monitoring/targets?programmeYear=" + YEAR;
        JsonNode viewer = ok("department", path);
        JsonNode exact = ok("coordinator", path);
        for (int i = 0; i < exact.get("schools").size(); i++) {
            JsonNode e = target(exact.get("schools").get(i), "MENTOR_SATISFACTION");
            JsonNode v = target(viewer.get("schools").get(i), "MENTOR_SATISFACTION");
            long respondents = e.path("basis").path("respondents").asLong();
            if (respondents >= 1 && respondents <= 4) {
                assertThat(v.get("suppressed").asBoolean()).isTrue();
                assertThat(v.get("value").isNull()).isTrue();
                assertThat(v.get("basis").has("respondents")).isFalse();
                assertThat(e.get("value").isNull()).isFalse();
            }
        }
        assertThat(target(viewer.get("schools").get(0), "MENTOR_SATISFACTION")).isNotNull();
    }

    @Test
    void theRegistryCountsOfOneToFourAreHiddenFromTheViewerAndExactForTheCoordinator() {
        Map<String, JsonNode> viewer = new TreeMap<>();
        ok("department", "/api/registry/statistics/schools").forEach(s -> viewer.put(s.get("schoolCode").asString(), s));
        int small = 0;
        for (JsonNode s : ok("coordinator", "/api/registry/statistics/schools")) {
            JsonNode v = viewer.get(s.get("schoolCode").asString());
            assertThat(s.get("suppressed").asBoolean()).isFalse();
            for (String figure : List.of("mentors", "mentees", "activePairs")) {
                long n = s.get(figure).asLong();
                if (n >= 1 && n <= 4) {
                    small++;
                    assertThat(v.get(figure).isNull()).as(figure + " of " + s.get("schoolCode")).isTrue();
                    assertThat(names(v.get("suppressedFigures"))).contains(figure);
                } else {
                    assertThat(v.get(figure).asLong()).isEqualTo(n);
                }
            }
            for (String map : List.of("participants", "mentorsByKind", "menteesByKind", "activePairsByForm")) {
                int hidden = 0;
                for (var entry : s.get(map).properties()) {
                    long n = entry.getValue().asLong();
                    JsonNode seen = v.get(map).get(entry.getKey());
                    if (n >= 1 && n <= 4) {
                        small++;
                        assertThat(seen.isNull()).as(map + "." + entry.getKey() + " of " + s.get("schoolCode")).isTrue();
                    }
                    hidden += seen.isNull() ? 1 : 0;
                }
                if (!map.equals("participants")) {
                    // mentors, mentees and activePairs are the totals of these lines
                    assertThat(hidden).as(map + " of " + s.get("schoolCode")).isNotEqualTo(1);
                }
            }
        }
        assertThat(small).as("the demo district has schools with 1–4 pairs or mentors").isPositive();
    }

    private static JsonNode ok(String user, String path) {
        PlatformClient.Response r = client.get(user, path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static XSSFWorkbook workbook(String user, String path) throws Exception {
        PlatformClient.Response r = client.send(client.request(user, path).header("Accept", XLSX));
        assertThat(r.status()).isEqualTo(200);
        return new XSSFWorkbook(new ByteArrayInputStream(r.raw().body()));
    }

    private static String cell(Sheet sheet, String firstCell, int column) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && firstCell.equals(first.getStringCellValue())) {
                Cell c = row.getCell(column);
                return c.getCellType() == CellType.NUMERIC ? String.valueOf(Math.round(c.getNumericCellValue()))
                        : c.getStringCellValue();
            }
        }
        throw new AssertionError("no row " + firstCell + " in " + sheet.getSheetName());
    }

    private static JsonNode table(JsonNode report, String role) {
        for (JsonNode t : report.get("tables")) {
            if (role.equals(t.get("role").asString())) {
                return t;
            }
        }
        throw new AssertionError("no table for " + role);
    }

    private static Map<String, JsonNode> byKey(JsonNode lines) {
        Map<String, JsonNode> byKey = new TreeMap<>();
        lines.forEach(l -> byKey.put(key(l), l));
        return byKey;
    }

    /** A school or form code; rounds opened without a form have none. */
    private static String key(JsonNode line) {
        JsonNode key = line.get("key");
        return key == null || key.isNull() ? "-" : key.asString();
    }

    private static JsonNode target(JsonNode school, String code) {
        for (JsonNode t : school.get("targets")) {
            if (code.equals(t.get("code").asString())) {
                return t;
            }
        }
        throw new AssertionError("no target " + code);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asString()));
        return names;
    }
}
