package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import ru.mentoring.launcher.PlatformClient;

/**
 * A school's documents in a real browser: the administrator uploads a PDF under a Cyrillic name, sees it listed with
 * its size and date, has a renamed executable refused next to the field, and deletes the document; the coordinator's
 * table of missing documents fits a phone's width. Each test uploads its own file and removes it.
 */
class WebDocumentsIT extends BrowserTest {

    private static final String OWN = "mil-sosh-2";

    private static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void aSchoolAdministratorUploadsSeesAndDeletesADocumentAndARenamedExecutableIsRefused() throws Exception {
        driver = WebSession.loggedIn("admin-" + OWN, 1280);
        driver.get(gateway + "/registry");
        driver.findElement(By.linkText("Документы школы")).click();
        await(ExpectedConditions.urlContains("/registry/documents"));
        assertThat(driver.findElement(By.cssSelector("main h2")).getText()).isEqualTo("МБОУ СОШ №2");

        Path dir = Files.createTempDirectory("documents");
        String name = "Дорожная карта " + ThreadLocalRandom.current().nextInt(100_000, 999_999) + ".pdf";
        Path pdf = Files.write(dir.resolve(name), DocumentsIT.pdf());
        new Select(driver.findElement(By.id("kind"))).selectByValue("ROADMAP");
        driver.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("main form.form button[type=submit]")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".done")));
        assertThat(driver.findElement(By.cssSelector(".done")).getText()).contains(name);
        WebElement row = driver.findElement(By.xpath("//tr[td/a[text()='" + name + "']]"));
        // a few hundred bytes: shown in bytes (a larger file in КБ or МБ with a decimal comma)
        assertThat(row.getText()).contains("План мероприятий (дорожная карта)").contains(Files.size(pdf) + " Б")
                .containsPattern("\\d\\d\\.\\d\\d\\.\\d{4}");
        // the name came through the page and the gateway intact, and the bytes are the file's
        String link = row.findElement(By.tagName("a")).getAttribute("href");
        assertThat(link).contains("/registry/documents/").endsWith("/file");
        String id = link.replaceAll(".*/registry/documents/([^/]+)/file$", "$1");
        assertThat(client.get("admin-" + OWN, "/api/registry/documents/" + id + "/content").raw().body()).isEqualTo(Files.readAllBytes(pdf));
        Browser.screenshot(driver, "registry-documents");

        Path exe = Files.write(dir.resolve("приказ.pdf"), new byte[] {'M', 'Z', 0, 0, 1, 2, 3});
        new Select(driver.findElement(By.id("kind"))).selectByValue("ORDER");
        driver.findElement(By.id("file")).sendKeys(exe.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("main form.form button[type=submit]")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("file-error")));
        assertThat(driver.findElement(By.id("file-error")).getText()).contains("проверено по содержимому");
        assertThat(driver.findElement(By.id("file")).getAttribute("aria-describedby")).isEqualTo("file-error");

        driver.get(gateway + "/registry/documents");
        driver.findElement(By.xpath("//tr[td/a[text()='" + name + "']]//button")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".done")));
        assertThat(driver.findElement(By.cssSelector(".done")).getText()).isEqualTo("Документ удалён.");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(name);
    }

    @Test
    void theCoordinatorsTableOfMissingDocumentsFitsAPhone() {
        driver = WebSession.loggedIn("coordinator", 360);
        driver.get(gateway + "/registry/documents/missing");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Документы школ: чего не хватает");
        assertThat(driver.findElements(By.cssSelector("table.data tbody tr")).size()).isGreaterThan(10);
        assertThat(driver.findElement(By.cssSelector("table.data thead")).getText())
                .contains("Положение о Целевой модели наставничества");
        Object pageScroll = driver.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        assertThat(pageScroll).isEqualTo(true);
        Browser.screenshot(driver, "registry-documents-missing");
    }

    private void await(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        WebSession.await(driver).until(condition);
    }
}
