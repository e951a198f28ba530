package ru.mentoring.platform.tenant;

import java.util.function.Supplier;

/**
 * An explicit tenant for work that has no caller token of its own (a questionnaire answered through
 * a personal link, a scheduled job). Everything else takes the tenant from the token.
 */
public final class TenantContext {

    private static final ThreadLocal<String> OVERRIDE = new ThreadLocal<>();

    private TenantContext() {
    }

    public static <T> T callAs(String tenant, Supplier<T> work) {
        String previous = OVERRIDE.get();
        OVERRIDE.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    public static <T> T callAsSystem(Supplier<T> work) {
        return callAs(TenantIdentifierResolver.ROOT, work);
    }

    static String override() {
        return OVERRIDE.get();
    }
}
