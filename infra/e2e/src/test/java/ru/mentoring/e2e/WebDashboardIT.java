package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import tools.jackson.databind.JsonNode;

import ru.mentoring.launcher.DemoDistrict;
import ru.mentoring.launcher.PlatformClient;

/**
 * The education department's overview in a real browser: its charts and their tables, and no
 * participant's name on any page the department viewer can reach from it.
 */
class WebDashboardIT extends BrowserTest {

    private static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void theDepartmentViewerReadsTheMunicipalityFromChartsAndMeetsNoPersonsNameAnywhere() throws Exception {
        driver = WebSession.loggedIn("department", 1280);
        assertThat(driver.getCurrentUrl()).isEqualTo(gateway + "/dashboard");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Обзор района").contains(DemoDistrict.MUNICIPALITY_NAME);
        List<WebElement> charts = driver.findElements(By.cssSelector("svg.chart"));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(3);
        assertThat(charts).allSatisfy(chart -> assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).isNotBlank());
        String page = driver.findElement(By.id("content")).getText();
        assertThat(page).contains("Цели программы", "Школы с низкими образовательными результатами (ШНОР)", "Школы по ИОР и ИСБШ",
                "Динамика до и после программы");
        assertThat(driver.findElements(By.cssSelector("section.panel table.data"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElements(By.cssSelector(".notice.error"))).isEmpty(); // every service answered
        Browser.screenshot(driver, "dashboard");

        // the further figures: each a chart with its table, or a plain "Нет данных" where the demo has none
        for (String figure : List.of("pairs-by-form", "pairs-by-stage", "participants", "banks", "satisfaction", "plan")) {
            WebElement section = driver.findElement(By.id("figure-" + figure));
            if (section.findElements(By.cssSelector("svg.chart")).isEmpty()) {
                assertThat(section.getText()).as(figure).contains("Нет данных");
                assertThat(section.findElements(By.cssSelector("table.data"))).as(figure).isEmpty();
            } else {
                assertThat(section.findElements(By.cssSelector("table.data"))).as(figure).hasSize(1);
                assertThat(section.findElements(By.cssSelector("a[href*='/dashboard/figures/" + figure + ".xlsx']"))).hasSize(1);
            }
        }
        // the demo district has people and pairs: those are drawn, categories and forms by their Russian words
        assertThat(driver.findElement(By.id("figure-participants")).getText()).contains("педагог").doesNotContain("TEACHER");
        assertThat(driver.findElements(By.cssSelector("#figure-pairs-by-form svg.chart"))).hasSize(1);
        assertThat(driver.findElement(By.id("figure-pairs-by-form")).getText()).doesNotContain("TEACHER_TEACHER");

        // every figure downloads as XLSX with this session: Russian headers, names, numbers as numbers (or «<5»)
        assertThat(driver.findElements(By.cssSelector("a[href*='/dashboard/figures/']"))).hasSizeGreaterThanOrEqualTo(6);
        HttpResponse<byte[]> xlsx = fetch(driver.findElement(By.cssSelector("a[href*='/dashboard/figures/participants.xlsx']"))
                .getAttribute("href"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("Участники по категориям", DemoDistrict.MUNICIPALITY_NAME);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Категория");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("педагог");
            Cell teachers = sheet.getRow(2).getCell(1);
            assertThat(teachers.getCellType() == CellType.NUMERIC ? teachers.getNumericCellValue() > 0
                    : "<5".equals(teachers.getStringCellValue())).isTrue();
        }

        // every page the viewer can reach from here, two clicks deep: no participant's name
        List<String> names = participantNames();
        assertThat(names).isNotEmpty();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {gateway + "/dashboard", "0"});
        while (!queue.isEmpty() && seen.size() < 40) {
            String[] next = queue.poll();
            if (!seen.add(next[0])) {
                continue;
            }
            driver.get(next[0]);
            String source = driver.getPageSource();
            for (String name : names) {
                assertThat(source).as("%s on %s", name, next[0]).doesNotContain(name);
            }
            if (Integer.parseInt(next[1]) < 2) {
                for (WebElement a : driver.findElements(By.cssSelector("a[href]"))) {
                    String href = a.getAttribute("href");
                    if (href != null && href.startsWith(gateway + "/") && !href.contains("logout") && !href.contains(".xlsx")
                            && !href.contains("format=")) {
                        queue.add(new String[] {href.replaceAll("#.*$", ""), String.valueOf(Integer.parseInt(next[1]) + 1)});
                    }
                }
            }
        }
        assertThat(seen).hasSizeGreaterThan(3);
    }

    @Test
    void theCoordinatorsOverviewOpensASchoolsCardFromItsDot() {
        driver = WebSession.loggedIn("coordinator", 1280);
        driver.get(gateway + "/dashboard");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Обзор района");
        List<WebElement> dots = driver.findElements(By.cssSelector("svg.chart a[href^='/schools/']"));
        assertThat(dots).isNotEmpty();
        String href = dots.get(0).getDomAttribute("href");
        assertThat(driver.findElements(By.cssSelector("section.panel"))).hasSizeGreaterThanOrEqualTo(10);
        Browser.screenshot(driver, "dashboard-coordinator");
        // the page is longer than a screenshot: the further figures in a picture of their own, the first four left out of it
        driver.executeScript("document.querySelectorAll('section.panel:not([id^=figure-])').forEach(s => s.remove())");
        Browser.screenshot(driver, "dashboard-figures");
        driver.get(href.startsWith("http") ? href : gateway + href);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank().isNotEqualTo("Не найдено");
    }

    /** A GET with the browser's session cookie, as a download link would be followed. */
    private HttpResponse<byte[]> fetch(String url) throws Exception {
        String cookie = driver.manage().getCookieNamed("MENTORING_SESSION").getValue();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "MENTORING_SESSION=" + cookie)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** "Фамилия Имя" of the district's participants, as a coordinator reads them. */
    private static List<String> participantNames() {
        List<String> names = new ArrayList<>();
        for (DemoDistrict.DemoSchool school : DemoDistrict.SCHOOLS) {
            JsonNode people = client.get("coordinator", "/api/registry/schools/" + school.code() + "/participants").json();
            for (JsonNode p : people) {
                names.add(p.get("lastName").asString() + " " + p.get("firstName").asString());
            }
        }
        return names;
    }
}
