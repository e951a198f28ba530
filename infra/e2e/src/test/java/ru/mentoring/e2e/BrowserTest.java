package ru.mentoring.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** What every browser test holds the same way: the gateway's address, and its browser, closed after each test. */
@ExtendWith(BrowserTest.PageOnFailure.class)
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

    /**
     * A failed browser test prints the page it was on (before the browser is closed): an assertion on a
     * heading says little when the page shows an error whose text is the cause.
     */
    static final class PageOnFailure implements TestExecutionExceptionHandler {

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            if (context.getTestInstance().orElse(null) instanceof BrowserTest test && test.driver != null) {
                try {
                    String text = test.driver.findElements(By.tagName("body")).stream().findFirst()
                            .map(body -> body.getText()).orElse("(no body)");
                    System.out.println("BROWSER TEST FAILED on " + test.driver.getCurrentUrl() + "\n"
                            + text.substring(0, Math.min(text.length(), 2_000)));
                } catch (RuntimeException e) {
                    System.out.println("BROWSER TEST FAILED; the page could not be read: " + e);
                }
            }
            throw failure;
        }
    }
}
