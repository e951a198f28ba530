package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;

/**
 * The centre's and the plans' pages in a real browser (issue 19, items 4 and 5): the coordinator
 * reads the demo's centre and adds a person to it (then takes them out again: the demo stays as it
 * was), filters the centre's plan by activity and gives an event its place, and reads the schools'
 * roadmaps table; a school administrator builds their own roadmap (programme year 2032, this class's
 * alone) and gets "not found" for another school's roadmap. None of these pages scrolls sideways on a 360 px screen.
 */
class WebPlanIT extends BrowserTest {

    private static final int YEAR = 2032;

    private String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private void noHorizontalScroll(String page) {
        driver.get(page);
        assertThat(driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth")).as(page).isEqualTo(true);
    }

    @Test
    void coordinatorKeepsTheCentreFiltersItsPlanByActivityAndReadsTheRoadmapsTable() {
        driver = WebSession.loggedIn("coordinator", 1280);
        driver.get(gateway + "/monitoring/centre");
        assertThat(h1()).isEqualTo("Муниципальный наставнический центр");
        assertThat(driver.findElement(By.id("centre-title")).getText()).isEqualTo("Муниципальный наставнический центр Миллеровского района");
        assertThat(driver.findElement(By.id("staff")).getText()).contains("куратор-методист", "наставник – член управленческой команды");
        Browser.screenshot(driver, "monitoring-centre");

        // a person without a name is refused next to the field, what was typed stays; then added and taken out again
        driver.findElement(By.id("position")).sendKeys("методист МБУ ДПО «МиРЦ»");
        new Select(driver.findElement(By.id("role"))).selectByValue("CURATOR");
        driver.findElement(By.cssSelector("#staff-form button[type=submit]")).click();
        WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("fullName-error")));
        assertThat(driver.findElement(By.id("fullName")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("position")).getAttribute("value")).isEqualTo("методист МБУ ДПО «МиРЦ»");
        String person = "Проверочная Анна " + System.nanoTime();
        driver.findElement(By.id("fullName")).sendKeys(person);
        driver.findElement(By.cssSelector("#staff-form button[type=submit]")).click();
        WebSession.await(driver).until(ExpectedConditions.textToBe(By.cssSelector(".done"), "В состав центра добавлен(а): " + person + "."));
        WebElement row = driver.findElements(By.cssSelector("#staff tbody tr")).stream().filter(r -> r.getText().contains(person))
                .findFirst().orElseThrow();
        assertThat(row.getText()).contains("куратор-методист");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        WebSession.await(driver).until(ExpectedConditions.textToBe(By.cssSelector(".done"), "Из состава центра исключён(а): " + person + "."));
        assertThat(driver.findElement(By.id("staff")).getText()).doesNotContain(person);

        // the centre's plan of the demo year: by activity, with the places the demo gave its first events
        driver.get(gateway + "/monitoring/plans?year=2025");
        driver.findElement(By.linkText("План работы МНЦ")).click();
        WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("events")));
        String centrePlan = driver.getCurrentUrl();
        assertThat(driver.findElement(By.id("events")).getText()).contains("МБУ ДПО «МиРЦ»", "Консультационная деятельность");
        new Select(driver.findElement(By.id("f-activity"))).selectByVisibleText("Информационная деятельность");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        WebSession.await(driver).until(ExpectedConditions.urlContains("activity=INFORMATION"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#events tbody tr"));
        assertThat(rows).isNotEmpty().allMatch(r -> r.getText().contains("Информационная деятельность"));
        assertThat(driver.findElement(By.id("events")).getText()).doesNotContain("Проектная деятельность");
        Browser.screenshot(driver, "monitoring-plan-activities");

        // an event of the class's own plan: its activity and place changed through the edit form
        String plan = ownPlan("coordinator", null);
        driver.get(gateway + "/monitoring/plans/" + plan);
        String eventEdit = driver.findElement(By.cssSelector("#events tbody tr a.edit-event")).getAttribute("href");
        driver.findElement(By.cssSelector("#events tbody tr a.edit-event")).click();
        WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("place")));
        new Select(driver.findElement(By.id("activity"))).selectByValue("RESEARCH");
        driver.findElement(By.id("place")).clear();
        driver.findElement(By.id("place")).sendKeys("Актовый зал МБОУ гимназии №1");
        Browser.screenshot(driver, "monitoring-plan-event");
        driver.findElement(By.cssSelector("main form.form button[type=submit]")).click();
        WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".done")));
        WebElement first = driver.findElement(By.cssSelector("#events tbody tr"));
        assertThat(first.getText()).contains("Актовый зал МБОУ гимназии №1", "Исследовательская деятельность");

        // the schools' roadmaps of the demo year: those without one or with overdue events first, by short name
        driver.get(gateway + "/monitoring/roadmaps?year=2025");
        List<WebElement> lines = driver.findElements(By.cssSelector("#roadmaps tbody tr"));
        assertThat(lines.size()).isGreaterThanOrEqualTo(22);
        assertThat(lines.getFirst().getText()).contains("нет");
        assertThat(driver.findElement(By.id("roadmaps")).getText()).contains("МБОУ СОШ №4", "МБОУ гимназия №1").doesNotContain("mil-");
        Browser.screenshot(driver, "monitoring-roadmaps");

        // on a phone nothing scrolls sideways: the wide tables scroll inside their own frame, the forms wrap
        driver.manage().window().setSize(new Dimension(360, 780));
        for (String page : List.of(gateway + "/monitoring/centre", gateway + "/monitoring/plans?year=2025", centrePlan,
                gateway + "/monitoring/plans/" + plan, eventEdit, gateway + "/monitoring/roadmaps?year=2025")) {
            noHorizontalScroll(page);
        }
    }

    @Test
    void aSchoolAdministratorBuildsTheirOwnRoadmapAndAnotherSchoolsIsNotFound() {
        String other = ownPlan("admin-mil-sosh-4", "mil-sosh-4");
        driver = WebSession.loggedIn("admin-mil-sosh-5", 1280);
        driver.get(gateway + "/monitoring/plans?year=" + YEAR);
        if (driver.findElements(By.cssSelector("#plans a[href*='/monitoring/plans/']")).stream()
                .noneMatch(a -> a.getText().startsWith("Дорожная карта"))) {
            driver.findElement(By.xpath("//button[text()='Начать дорожную карту школы']")).click();
        } else {
            driver.findElements(By.cssSelector("#plans a")).stream().filter(a -> a.getText().startsWith("Дорожная карта"))
                    .findFirst().orElseThrow().click();
        }
        WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("add-event")));
        assertThat(h1()).startsWith("Дорожная карта: МОУ СОШ № 5");
        String title = "Педагогический совет о наставничестве " + System.nanoTime();
        driver.findElement(By.id("stage")).sendKeys("1");
        driver.findElement(By.id("event")).sendKeys(title);
        driver.findElement(By.id("monthText")).sendKeys("Сентябрь");
        new Select(driver.findElement(By.id("dueMonth"))).selectByValue("9");
        driver.findElement(By.id("place")).sendKeys("Учительская");
        driver.findElement(By.id("responsible")).sendKeys("Директор");
        driver.findElement(By.id("expectedResult")).sendKeys("Принято решение педсовета");
        driver.findElement(By.cssSelector("#add-event button[type=submit]")).click();
        WebSession.await(driver).until(ExpectedConditions.textToBe(By.cssSelector(".done"), "Мероприятие добавлено в план: " + title + "."));
        WebElement row = driver.findElements(By.cssSelector("#events tbody tr")).stream().filter(r -> r.getText().contains(title))
                .findFirst().orElseThrow();
        assertThat(row.getText()).contains("Учительская");
        assertThat(driver.findElements(By.id("f-activity"))).isEmpty();
        Browser.screenshot(driver, "monitoring-roadmap-school");

        driver.manage().window().setSize(new Dimension(360, 780));
        noHorizontalScroll(driver.getCurrentUrl());
        noHorizontalScroll(gateway + "/monitoring/plans?year=" + YEAR);

        driver.get(gateway + "/monitoring/plans/" + other);
        assertThat(h1()).isEqualTo("Не найдено");
        assertThat(driver.getPageSource()).doesNotContain("МБОУ СОШ №4");
        driver.get(gateway + "/monitoring/roadmaps");
        assertThat(driver.findElements(By.id("roadmaps"))).isEmpty();
    }

    /** The plan of {@link #YEAR}: created by the owner, or found when an earlier run made it. */
    private static String ownPlan(String owner, String school) {
        PlatformClient client = E2EPlatform.client();
        String body = school == null ? "{\"programmeYear\":" + YEAR + "}"
                : "{\"programmeYear\":" + YEAR + ",\"schoolCode\":\"" + school + "\"}";
        assertThat(client.postJson(owner, "/api/monitoring/plans", body).status()).isIn(201, 409);
        for (JsonNode p : client.get(owner, "/api/monitoring/plans?programmeYear=" + YEAR).json()) {
            boolean match = school == null ? p.path("schoolCode").isNull() || p.path("schoolCode").isMissingNode()
                    : school.equals(p.path("schoolCode").asString());
            if (match) {
                return p.get("id").asString();
            }
        }
        throw new AssertionError("no plan of " + owner);
    }
}
