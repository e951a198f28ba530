package ru.mentoring.e2e;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import ru.mentoring.launcher.DemoDistrict;
import ru.mentoring.launcher.Platform;

/**
 * What every browser test does the same way: where the platform is, logging in on Keycloak's own
 * page, reading the menu, waiting.
 */
final class WebSession {

    private WebSession() {
    }

    /**
     * The e2e platform's gateway; or, for a quick look while developing pages, a platform already
     * running ({@code -Dweb.it.gateway=http://localhost:8080 -Dweb.it.keycloak=http://localhost:8180}).
     */
    static String gateway() {
        String running = System.getProperty("web.it.gateway");
        if (running != null && !running.isBlank()) {
            return running;
        }
        return E2EPlatform.get().settings().gatewayUrl();
    }

    static String keycloak() {
        String running = System.getProperty("web.it.gateway");
        if (running != null && !running.isBlank()) {
            return System.getProperty("web.it.keycloak", "http://localhost:8180");
        }
        Platform.Settings s = E2EPlatform.get().settings();
        return s.keycloakUrl();
    }

    /** A new browser at {@code width}×900, logged in as a demo user, on the page the login leads to. */
    static ChromeDriver loggedIn(String username, int width) {
        ChromeDriver driver = Browser.start(width, 900);
        driver.get(gateway() + "/");
        awaitKeycloakLogin(driver);
        logIn(driver, username);
        await(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains(keycloak() + "/realms/")));
        return driver;
    }

    static void awaitKeycloakLogin(ChromeDriver driver) {
        await(driver).until(ExpectedConditions.and(ExpectedConditions.urlContains(keycloak() + "/realms/mentoring/"),
                ExpectedConditions.presenceOfElementLocated(By.id("username"))));
    }

    /**
     * Keycloak's own form. With organizations enabled the realm asks for the login first and the
     * password on a second step (identity-first); a one-step form is handled too.
     */
    static void logIn(ChromeDriver driver, String username) {
        driver.findElement(By.id("username")).sendKeys(username);
        if (driver.findElements(By.id("password")).isEmpty()) {
            driver.findElement(By.id("kc-login")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        }
        driver.findElement(By.id("password")).sendKeys(DemoDistrict.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
    }

    /** The menu's items as shown, e.g. {@code "Реестр"} or {@code "Мониторинг (скоро)"}. */
    static List<String> menu(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("nav.menu li")).stream().map(WebElement::getText).toList();
    }

    static WebDriverWait await(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
