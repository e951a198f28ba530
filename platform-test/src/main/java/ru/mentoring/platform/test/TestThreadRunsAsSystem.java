package ru.mentoring.platform.test;

import ru.mentoring.platform.tenant.TenantIdentifierResolver;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.web.ServletTestExecutionListener;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Test support (active only where spring-test is on the class path, i.e. in the services' tests):
 * Spring's {@link ServletTestExecutionListener} makes the test thread look like a web request
 * without a caller, which the tenant resolver answers with {@link TenantIdentifierResolver#NONE}, and
 * row-level security then hides every school's rows from the test's own SQL (its set-up and checks,
 * the database as an operator sees it). This takes that mock request away again, so the test
 * thread is the system (root), as a scheduled job is; requests made through MockMvc carry their
 * own request and caller as before.
 */
public class TestThreadRunsAsSystem implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 1100; // after ServletTestExecutionListener (1000)
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        dropMockRequest(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        dropMockRequest(testContext);
    }

    /** Only the request Spring's listener put there (it marks the test context), never one a test set itself. */
    private static void dropMockRequest(TestContext testContext) {
        if (Boolean.TRUE.equals(testContext.getAttribute(ServletTestExecutionListener.POPULATED_REQUEST_CONTEXT_HOLDER_ATTRIBUTE))) {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
