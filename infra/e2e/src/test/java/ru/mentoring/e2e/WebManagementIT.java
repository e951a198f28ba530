package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;

/**
 * Seed 004's management teams and personnel reserve in a real browser: a school administrator adds a teacher to the
 * team and another to the reserve, has the same teacher twice refused next to the field with what was typed kept, and
 * the coordinator's table counts the school's.
 */
class WebManagementIT extends BrowserTest {

    private static final String OWN = "mil-sosh-4";

    @Test
    void aSchoolKeepsItsTeamAndReserveAndTheCoordinatorCountsThem() {
        driver = WebSession.loggedIn("admin-" + OWN, 1280);
        driver.get(gateway + "/registry");
        driver.findElement(By.linkText("Управленческие команды и кадровый резерв")).click();
        await(ExpectedConditions.urlContains("/registry/management"));
        assertThat(driver.findElement(By.cssSelector("#school-title span")).getText()).isEqualTo("МБОУ СОШ №4");
        // the section is for ШНОР schools: the school says whether the latest classification has it so
        Set<String> shnor = lowResultsSchools();
        if (shnor.contains(OWN)) {
            assertThat(driver.findElement(By.cssSelector("#school-title .badge.risk")).getText()).isEqualTo("ШНОР");
        } else {
            assertThat(driver.findElements(By.cssSelector("#school-title .badge"))).isEmpty();
            assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Школа не относится к ШНОР по классификации");
        }

        // two teachers of its own, so that the demo's lists and other tests' do not matter
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String head = teacher("Управленцева" + letters(tag), 24);
        String hope = teacher("Резервистова" + letters(tag), 9);
        driver.navigate().refresh();

        add(head, "TEAM", "заместитель директора по воспитательной работе");
        assertThat(driver.findElement(By.cssSelector(".done")).getText())
                .isEqualTo(head + ": член управленческой команды, заместитель директора по воспитательной работе.");
        add(hope, "RESERVE", "заместитель директора по УВР");
        WebElement reserve = driver.findElement(By.xpath("//section[h3[@id='reserve-title']]"));
        assertThat(reserve.getText()).contains(hope).contains("заместитель директора по УВР");

        add(head, "TEAM", "директор");
        await(ExpectedConditions.presenceOfElementLocated(By.id("participantId-error")));
        assertThat(driver.findElement(By.id("participantId-error")).getText()).isEqualTo("Педагог уже в управленческой команде");
        assertThat(driver.findElement(By.id("position")).getAttribute("value")).isEqualTo("директор");
        driver.quit();

        driver = WebSession.loggedIn("coordinator", 360);
        driver.get(gateway + "/registry/management");
        WebElement row = driver.findElement(By.xpath("//tr[td/a[text()='МБОУ СОШ №4']]"));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(Integer.parseInt(cells.get(2).getText())).isGreaterThanOrEqualTo(1);
        assertThat(Integer.parseInt(cells.get(3).getText())).isGreaterThanOrEqualTo(1);
        // every school of the table marked as the index classifies it, and at least one ШНОР among the demo's
        List<WebElement> rows = driver.findElements(By.cssSelector("#management-overview tbody tr"));
        assertThat(rows).isNotEmpty();
        for (WebElement r : rows) {
            String status = r.findElements(By.tagName("td")).get(1).getText();
            assertThat(status).as(r.getAttribute("data-school"))
                    .isEqualTo(shnor.contains(r.getAttribute("data-school")) ? "ШНОР" : "не ШНОР");
        }
        assertThat(driver.findElement(By.id("shnor-basis")).getText()).contains("по классификации");
        // at 360 px each school is a card of "label: value" lines, not a table to scroll sideways
        assertThat(driver.executeScript("return getComputedStyle(arguments[0]).display", row)).isEqualTo("block");
        Object pageScroll = driver.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        assertThat(pageScroll).as("no sideways scrolling at 360 px").isEqualTo(true);
        Browser.screenshot(driver, "registry-management");
    }

    /** The ШНОР schools of the latest classification the coordinator can read (as the page looks for it: this year back). */
    private static Set<String> lowResultsSchools() {
        PlatformClient client = E2EPlatform.client();
        int year = Year.now(ZoneOffset.UTC).getValue();
        for (int y = year; y > year - 6; y--) {
            if (client.get("coordinator", "/api/index/years/" + y + "/classification/summary").status() == 200) {
                Set<String> codes = new HashSet<>();
                for (JsonNode line : client.get("coordinator", "/api/index/years/" + y + "/classification?explanation=false").json()) {
                    for (JsonNode status : line.path("statuses")) {
                        if ("LOW_RESULTS".equals(status.asString())) {
                            codes.add(line.path("schoolCode").asString());
                        }
                    }
                }
                return codes;
            }
        }
        return Set.of();
    }

    /** A teacher of the school added through the gateway; the name as the page shows it. */
    private static String teacher(String lastName, int experience) {
        PlatformClient client = E2EPlatform.client();
        PlatformClient.Response r = client.postJson("admin-" + OWN, "/api/registry/schools/" + OWN + "/participants",
                "{\"externalKey\":\"MG-" + lastName + "\",\"kind\":\"TEACHER\",\"lastName\":\"" + lastName
                        + "\",\"firstName\":\"Нина\",\"subjects\":\"история\",\"experienceYears\":" + experience + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return lastName + " Нина";
    }

    /** Digits as Cyrillic letters: a surname stays a word. */
    private static String letters(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append("абвгдежзик".charAt(c - '0')));
        return out.toString();
    }

    private void add(String teacher, String role, String position) {
        new Select(driver.findElement(By.id("participantId"))).selectByVisibleText(teacher);
        new Select(driver.findElement(By.id("role"))).selectByValue(role);
        WebElement field = driver.findElement(By.id("position"));
        field.clear();
        field.sendKeys(position);
        driver.findElement(By.cssSelector("main form.form button[type=submit]")).click();
        await(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".done")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".problem"))));
    }

    private void await(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        WebSession.await(driver).until(condition);
    }
}
