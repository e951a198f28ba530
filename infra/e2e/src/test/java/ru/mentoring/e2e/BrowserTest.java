package ru.mentoring.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/** What every browser test holds the same way: the gateway's address, and its browser, closed after each test. */
abstract class BrowserTest {

    protected static String gateway;
    protected ChromeDriver driver;

    @BeforeAll
    static void gatewayAddress() {
        gateway = WebSession.gateway();
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
