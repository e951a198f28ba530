package ru.mentoring.e2e;

import java.net.http.HttpRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.DemoDistrict;
import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo district's index data (loaded through the gateway by the launcher, as the region's
 * analyst would) classified; who reads which rows; bad data refused whole.
 */
class SchoolIndexIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void theCoordinatorSeesTheDistrictsSchoolsClassifiedAndTheLowResultListIsNotEmpty() {
        PlatformClient.Response r = client.get("coordinator", "/api/index/years/2024/classification");
        assertThat(r.status()).isEqualTo(200);
        JsonNode rows = r.json();
        // the district's schools (the demo's 22, and any another test registered there), not the region's 200
        assertThat(codes(rows)).containsAll(DEMO_SCHOOLS).allMatch(code -> code.startsWith("mil-"));
        long lowResults = 0;
        for (JsonNode row : rows) {
            assertThat(row.get("schoolCode").asString()).startsWith("mil-");
            for (JsonNode status : row.get("statuses")) {
                if (status.asString().equals("LOW_RESULTS")) {
                    lowResults++;
                    assertThat(row.get("iorQuartile").asInt()).isEqualTo(1);
                    assertThat(row.get("explanation").get("statuses").get("LOW_RESULTS").get("p25").asDouble())
                            .isGreaterThanOrEqualTo(row.get("ior").asDouble());
                }
            }
        }
        assertThat(lowResults).isGreaterThan(0);
    }

    private static final List<String> DEMO_SCHOOLS = DemoDistrict.SCHOOLS.stream().map(DemoDistrict.DemoSchool::code).toList();

    private static List<String> codes(JsonNode rows) {
        List<String> codes = new ArrayList<>();
        rows.forEach(row -> codes.add(row.get("schoolCode").asString()));
        return codes;
    }

    @Test
    void aSchoolAdministratorReadsOnlyTheirOwnSchoolsResult() {
        JsonNode rows = client.get("admin-mil-sosh-2", "/api/index/years/2024/classification").json();
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.get(0).get("schoolCode").asString()).isEqualTo("mil-sosh-2");
    }

    @Test
    void theDepartmentReadsTheDistrictButCannotRunOrLoad() {
        assertThat(codes(client.get("department", "/api/index/years/2024/classification").json()))
                .containsAll(DEMO_SCHOOLS).allMatch(code -> code.startsWith("mil-"));
        assertThat(client.postJson("department", "/api/index/years/2024/classification?methodology=demo-2024", "").status())
                .isEqualTo(403);
        assertThat(client.post("department", "/api/index/years/2024/indicator-values", "text/csv",
                "school_code,year,indicator_code,value\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    }

    @Test
    void aCoordinatorOfAnotherDistrictSeesNoneOfTheseSchools() {
        String body = client.get("coordinator-other", "/api/index/years/2024/classification").body();
        assertThat(body).doesNotContain("mil-");
    }

    @Test
    void theClassificationExportsAsAWorkbookWithRussianHeaders() throws Exception {
        PlatformClient.Response r = client.send(client.request("coordinator", "/api/index/years/2024/classification")
                .header("Accept", XLSX).GET());
        assertThat(r.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.raw().body()))) {
            Sheet sheet = book.getSheetAt(0);
            // a title line, a blank line, the header row, then one row per school
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2024");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).matches(".*[А-Яа-я].*");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(2 + 22);
            StringBuilder codes = new StringBuilder();
            for (int line = 3; line <= sheet.getLastRowNum(); line++) {
                codes.append(sheet.getRow(line).getCell(0).getStringCellValue()).append(' ');
            }
            assertThat(codes.toString()).contains("mil-sosh-2").doesNotContain("reg-");
        }
    }

    @Test
    void aFileWithABadRowIsRefusedWholeAndNamesTheRow() {
        String csv = """
                school_code,year,indicator_code,value
                mil-sosh-2,2021,OGE_MATH_AVG,3.5
                mil-sosh-4,2020,OGE_MATH_AVG,3.7
                mil-sosh-5,2021,OGE_MATH_AVG,не число
                """;
        PlatformClient.Response r = client.post("region", "/api/index/years/2021/indicator-values", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").size()).isEqualTo(2);
        // nothing of it was stored: 2021 still has no data to classify
        assertThat(client.postJson("region", "/api/index/years/2021/classification?methodology=demo-2024", "").status())
                .isEqualTo(422);
    }

    @Test
    void runningAgainWithTheSameDataAndVersionGivesTheSameResult() {
        // a first run of its own: the launcher's run may predate schools another test registered since
        assertThat(client.postJson("region", "/api/index/years/2024/classification?methodology=demo-2024", "").status()).isIn(200, 201);
        String before = client.get("coordinator", "/api/index/years/2024/classification").body();
        PlatformClient.Response run = client.postJson("region", "/api/index/years/2024/classification?methodology=demo-2024", "");
        assertThat(run.status()).isIn(200, 201);
        assertThat(client.get("coordinator", "/api/index/years/2024/classification").body()).isEqualTo(before);
    }

    @Test
    void theOfficialListStandsBesideTheComputedOneAndTheTrendCountsTheDistrictsLowResultSchools() {
        String official = "school_code\nmil-sosh-2\nmil-sosh-4\nmil-gymnasium-1\n";
        PlatformClient.Response loaded = client.send(client.request("region", "/api/index/years/2024/official-low-results")
                .header("Content-Type", "text/csv").PUT(HttpRequest.BodyPublishers.ofString(official)));
        assertThat(loaded.status()).as(loaded.body()).isIn(200, 201);
        JsonNode comparison = client.get("coordinator", "/api/index/years/2024/official-low-results/comparison").json();
        assertThat(comparison.get("onlyOfficial").toString()).contains("mil-gymnasium-1");
        assertThat(comparison.get("inBoth").size() + comparison.get("onlyComputed").size()).isGreaterThan(0);
        assertThat(client.get("admin-mil-sosh-2", "/api/index/years/2024/official-low-results/comparison").body())
                .doesNotContain("mil-sosh-4");

        JsonNode trend = client.get("department", "/api/index/municipalities/millerovo/low-results-trend").json();
        assertThat(trend.get("years").size()).isEqualTo(4);
        assertThat(trend.get("years").get(3).get("lowResultsCount").asInt()).isGreaterThan(0);
        assertThat(client.get("coordinator-other", "/api/index/municipalities/millerovo/low-results-trend").status()).isEqualTo(404);

        JsonNode history = client.get("admin-mil-sosh-2", "/api/index/schools/mil-sosh-2/history").json();
        assertThat(history.size()).isEqualTo(4);
        assertThat(client.get("admin-mil-sosh-2", "/api/index/schools/mil-sosh-4/history").status()).isEqualTo(404);
    }

    @Test
    void anUnknownMethodologyIsNotFound() {
        assertThat(client.postJson("region", "/api/index/years/2024/classification?methodology=no-such", "").status())
                .isEqualTo(404);
    }
}
