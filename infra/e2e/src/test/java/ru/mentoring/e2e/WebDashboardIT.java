package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    void theDepartmentViewerReadsTheMunicipalityFromChartsAndMeetsNoPersonsNameAnywhere() {
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
                    if (href != null && href.startsWith(gateway + "/") && !href.contains("logout") && !href.endsWith(".xlsx")
                            && !href.contains("format=")) {
                        queue.add(new String[] {href.replaceAll("#.*$", ""), String.valueOf(Integer.parseInt(next[1]) + 1)});
                    }
                }
            }
        }
        assertThat(seen).hasSizeGreaterThan(3);
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
