package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import ru.mentoring.launcher.DemoDistrict;
import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;

/**
 * The section "Реестр" in a real browser: a school administrator's people, forms, consents and
 * imports limited to their school; the coordinator's search, schools and audit log. Each test makes
 * its own people with unique names and changes nothing of the demo's.
 */
class WebRegistryIT extends BrowserTest {

    private static final String OWN = "mil-sosh-2";
    private static final String OWN_NAME = "МБОУ СОШ №2";
    private static final String OTHER = "mil-sosh-4";

    private static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void schoolAdministratorAddsAStudentWithTheParentsConsentAndSeesOnlyTheirSchool() {
        driver = WebSession.loggedIn("admin-" + OWN, 1280);
        assertThat(WebSession.menu(driver)).contains("Реестр");
        driver.findElement(By.linkText("Реестр")).click();
        await(ExpectedConditions.urlToBe(gateway + "/registry"));
        assertThat(driver.findElement(By.cssSelector("main")).getText()).doesNotContain("Журнал действий");

        // their school's people only, and no choice of school
        driver.get(gateway + "/registry/participants");
        List<WebElement> rows = driver.findElements(By.cssSelector("#results tbody tr"));
        assertThat(rows).isNotEmpty().allMatch(r -> r.findElement(By.cssSelector("td:nth-child(3)")).getText().equals(OWN_NAME));
        assertThat(driver.findElements(By.id("school"))).isEmpty();

        // the form refused: each reason under its field, everything typed still there
        String lastName = "Регистрова" + unique();
        driver.findElement(By.linkText("Добавить участника")).click();
        await(ExpectedConditions.urlContains("/registry/participants/new"));
        new Select(driver.findElement(By.id("kind"))).selectByVisibleText("обучающийся");
        driver.findElement(By.id("firstName")).sendKeys("Вера");
        driver.findElement(By.id("middleName")).sendKeys("Игоревна");
        driver.findElement(By.id("externalKey")).sendKeys("WR-" + lastName);
        driver.findElement(By.id("grade")).sendKeys("15");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("lastName-error")));
        assertThat(driver.findElement(By.id("lastName-error")).getText()).isEqualTo("Укажите фамилию");
        assertThat(driver.findElement(By.id("grade-error")).getText()).isEqualTo("Класс от 1 до 11");
        assertThat(driver.findElement(By.id("lastName")).getAttribute("aria-describedby")).isEqualTo("lastName-error");
        assertThat(driver.findElement(By.id("lastName")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("firstName")).getAttribute("value")).isEqualTo("Вера");
        assertThat(driver.findElement(By.id("externalKey")).getAttribute("value")).isEqualTo("WR-" + lastName);
        assertThat(driver.findElement(By.id("grade")).getAttribute("value")).isEqualTo("15");
        assertThat(new Select(driver.findElement(By.id("kind"))).getFirstSelectedOption().getText()).isEqualTo("обучающийся");
        Browser.screenshot(driver, "registry-participant-form-errors");

        driver.findElement(By.id("lastName")).sendKeys(lastName);
        driver.findElement(By.id("grade")).clear();
        driver.findElement(By.id("grade")).sendKeys("7");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        await(ExpectedConditions.urlMatches("/registry/participants/[0-9a-f-]{36}$"));
        assertThat(driver.findElement(By.cssSelector(".done")).getText()).isEqualTo("Участник добавлен: " + lastName + " Вера Игоревна.");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(lastName + " Вера Игоревна");
        assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).contains("обучающийся", OWN_NAME);

        // the parent's consent for a minor
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=consents-title]")).getText())
                .contains("Согласие не зарегистрировано");
        // a date field's typing depends on the browser's locale: the value is set as the field holds it
        driver.executeScript("arguments[0].value = '2026-12-02'", driver.findElement(By.id("givenOn")));
        driver.findElement(By.id("documentRef")).sendKeys("Согласие № 15, папка 3");
        driver.findElement(By.id("givenBy")).sendKeys("Регистрова Ирина Сергеевна");
        driver.findElement(By.xpath("//button[text()='Зарегистрировать согласие']")).click();
        await(ExpectedConditions.textToBe(By.cssSelector(".done"), "Согласие зарегистрировано."));
        String consents = driver.findElement(By.cssSelector("section[aria-labelledby=consents-title] table")).getText();
        assertThat(consents).contains("02.12.2026", "Согласие № 15, папка 3", "Регистрова Ирина Сергеевна", "да");
        assertThat(driver.findElements(By.id("withdrawal-form-title"))).hasSize(1);
        Browser.screenshot(driver, "registry-participant");

        // the new person is in the list, found by name
        driver.get(gateway + "/registry/participants?q=" + lastName.toLowerCase());
        assertThat(driver.findElement(By.cssSelector("#results .count")).getText()).isEqualTo("Найдено участников: 1");

        // another school's person, typed into the address bar: the same page as an id that does not exist
        String otherId = client.get("coordinator", "/api/registry/schools/" + OTHER + "/participants").json().get(0).get("id").asString();
        driver.get(gateway + "/registry/participants/" + otherId);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Не найдено");
        String hidden = driver.findElement(By.id("content")).getText();
        driver.get(gateway + "/registry/participants/" + UUID.randomUUID());
        assertThat(driver.findElement(By.id("content")).getText()).isEqualTo(hidden);
        driver.get(gateway + "/registry/schools/" + OTHER);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Не найдено");
        driver.get(gateway + "/registry/participants?school=" + OTHER);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Не найдено");
        // the audit log is the coordinator's
        driver.get(gateway + "/registry/audit");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Недоступно для вашей роли");
    }

    @Test
    void anImportWithBadRowsShowsEachRowsColumnAndReasonAndStoresNothing() throws IOException {
        int before = client.get("admin-" + OWN, "/api/registry/schools/" + OWN + "/participants").json().size();
        String good = "Импортова" + unique();
        Path csv = Files.createTempFile("registry-import", ".csv");
        Files.writeString(csv, String.join("\r\n",
                "Код ОО;Табельный номер/ключ;Фамилия;Имя;Категория участника",
                OWN + ";WI-" + good + ";" + good + ";Анна;педагог",
                OWN + ";WI-2-" + good + ";;Борис;педагог",
                OWN + ";WI-3-" + good + ";Завучева;Вера;завуч",
                OTHER + ";WI-4-" + good + ";Чужакова;Галина;педагог") + "\r\n", StandardCharsets.UTF_8);
        try {
            driver = WebSession.loggedIn("admin-" + OWN, 1280);
            driver.get(gateway + "/registry/exchange");
            driver.findElement(By.id("file-mentors")).sendKeys(csv.toAbsolutePath().toString());
            driver.findElement(By.cssSelector("form[action$='/registry/exchange/mentors'] button[type=submit]")).click();
            await(ExpectedConditions.visibilityOfElementLocated(By.id("row-errors-title")));
        } finally {
            Files.deleteIfExists(csv);
        }
        assertThat(driver.findElement(By.id("row-errors-title")).getText()).contains("ничего не сохранено");
        List<List<String>> table = driver.findElements(By.cssSelector(".row-errors tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
        assertThat(table).anySatisfy(r -> assertThat(r).containsExactly("3", "Фамилия", "Укажите фамилию"));
        assertThat(table).anySatisfy(r -> assertThat(r.subList(0, 2)).containsExactly("4", "Категория участника"));
        assertThat(table).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("4"))
                .anySatisfy(r -> assertThat(r.get(2)).contains("завуч"));
        assertThat(table).anySatisfy(r -> assertThat(r).containsExactly("5", "Код ОО",
                "Школа с кодом «" + OTHER + "» не найдена среди доступных вам"));
        assertThat(table).noneSatisfy(r -> assertThat(r.get(0)).isEqualTo("2"));
        Browser.screenshot(driver, "registry-import-errors");

        // all or nothing: the good row was not stored either
        assertThat(client.get("admin-" + OWN, "/api/registry/schools/" + OWN + "/participants").json().size()).isEqualTo(before);
        driver.get(gateway + "/registry/participants?q=" + good);
        assertThat(driver.findElement(By.cssSelector("#results .count")).getText()).isEqualTo("Найдено участников: 0");
    }

    @Test
    void coordinatorSearchesParticipantsByNameOpensOneAndReadsTheSchoolsAndTheAuditLog() {
        driver = WebSession.loggedIn("coordinator", 1280);
        driver.get(gateway + "/registry");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Участники", "Школы и их администраторы",
                "Загрузка и выгрузка", "Журнал действий");
        Browser.screenshot(driver, "registry");

        // every school of the district, a page at a time, schools by name
        driver.findElement(By.linkText("Участники")).click();
        await(ExpectedConditions.urlToBe(gateway + "/registry/participants"));
        assertThat(driver.findElements(By.cssSelector("#results tbody tr"))).hasSize(20);
        assertThat(driver.findElements(By.cssSelector("#school option"))).hasSizeGreaterThan(DemoDistrict.SCHOOLS.size());
        assertThat(driver.findElement(By.id("results")).getText()).doesNotContain(OWN + " ").contains("МБОУ");
        Browser.screenshot(driver, "registry-participants");

        // the name search (htmx replaces the table as one types; the address follows)
        driver.findElement(By.id("q")).sendKeys("смир");
        WebSession.await(driver).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#results tbody tr td:first-child a"));
            return !found.isEmpty() && found.stream().allMatch(a -> a.getText().toLowerCase().contains("смирн"));
        });
        WebElement first = driver.findElement(By.cssSelector("#results tbody tr td:first-child a"));
        String name = first.getText();
        first.click();
        await(ExpectedConditions.urlMatches("/registry/participants/[0-9a-f-]{36}$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(driver.findElement(By.id("consents-title")).getText()).isEqualTo("Согласие на участие");
        assertThat(driver.findElement(By.id("pairs-title")).getText()).isEqualTo("Пары и группы");

        // a school's registration refused: the reason under the code, the names typed kept (nothing registered)
        driver.get(gateway + "/registry/schools");
        assertThat(driver.findElements(By.cssSelector("main tbody tr"))).hasSizeGreaterThanOrEqualTo(DemoDistrict.SCHOOLS.size());
        Browser.screenshot(driver, "registry-schools");
        driver.findElement(By.linkText("Зарегистрировать школу")).click();
        driver.findElement(By.id("code")).sendKeys("Школа 99");
        driver.findElement(By.id("shortName")).sendKeys("МБОУ СОШ №99");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("code-error")));
        assertThat(driver.findElement(By.id("code-error")).getText()).startsWith("Код школы: строчные латинские буквы");
        assertThat(driver.findElement(By.id("code")).getAttribute("value")).isEqualTo("Школа 99");
        assertThat(driver.findElement(By.id("shortName")).getAttribute("value")).isEqualTo("МБОУ СОШ №99");
        assertThat(driver.findElement(By.id("fullName-error")).getText()).isEqualTo("Укажите полное наименование");

        // the audit log: who did what, newest first, schools by name
        driver.get(gateway + "/registry/audit");
        List<WebElement> entries = driver.findElements(By.cssSelector("#results tbody tr"));
        assertThat(entries).isNotEmpty();
        assertThat(entries).allSatisfy(e -> assertThat(e.findElement(By.cssSelector("td")).getText())
                .matches("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d"));
        // actions in words, never the service's codes
        assertThat(driver.findElement(By.id("results")).getText()).doesNotContainPattern("[A-Z]{4,}_[A-Z]+")
                .doesNotContainPattern("(?m)^[a-z]+[A-Z]\\w*:") // a field's name, not its label
                .doesNotContainPattern("\\b(PENDING|APPROVED|REJECTED|OPEN|CLOSED)\\b");
        Browser.screenshot(driver, "registry-audit");

        driver.get(gateway + "/registry/exchange");
        Browser.screenshot(driver, "registry-exchange");

        // 360 px wide: the list scrolls inside its frame, the page does not
        driver.manage().window().setSize(new Dimension(360, 780));
        driver.get(gateway + "/registry/participants");
        assertThat(driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth")).isEqualTo(false);
        Browser.screenshot(driver, "registry-participants-360px");
    }

    /** A few Cyrillic letters, so that names made by one run differ from another's. */
    private static String unique() {
        String letters = "абвгдежзиклмнопрстуфхцчшщэюя";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return s.toString();
    }

    private void await(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        WebSession.await(driver).until(condition);
    }

}
