package ru.mentoring.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages, driven by Debian's chromedriver: both given by path,
 * so Selenium Manager never looks for (or downloads) a browser. When they are missing the test
 * fails and says how to install them; it never skips.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("platform.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("platform.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    static ChromeDriver start(int width, int height) {
        for (Path p : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(p)) {
                throw new AssertionError(p + " is missing: the browser tests need Debian's Chromium and its driver "
                        + "(sudo apt-get install -y chromium chromium-driver; .ci/run installs them)");
            }
        }
        // no Selenium Manager: the driver and the browser are both given by path
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=" + width + "," + height, "--lang=ru-RU", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    /** The whole page (not only the window) as a PNG under docs/screenshots. */
    static void screenshot(ChromeDriver driver, String name) {
        Path dir = Path.of(System.getProperty("platform.screenshots", "../../docs/screenshots"));
        Dimension window = driver.manage().window().getSize();
        try {
            Object height = driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
            int full = Math.min(4000, Math.max(window.getHeight(), ((Number) height).intValue()));
            driver.manage().window().setSize(new Dimension(window.getWidth(), full));
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.createDirectories(dir);
            Files.copy(png.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AssertionError("could not save the screenshot " + name, e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }
}
