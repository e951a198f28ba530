package ru.mentoring.platform.tenant;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.web.context.request.RequestContextHolder;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.security.CurrentCaller;

/**
 * Feeds Hibernate's {@code @TenantId}: a school administrator's session sees only rows of their
 * school (the organization alias in the token). The wider scopes of {@link CallerScope} (a
 * municipality, the region, a service) get the root tenant and are confined by the services' own
 * scope checks. A web request with no caller, or a caller whose scope reaches no school (a school
 * administrator without exactly one organization), gets a tenant that matches no row.
 */
public class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    /** Root: migrations, start-up, system jobs, and the municipality-wide roles. */
    public static final String ROOT = "*";
    /** Matches no school: the safe answer when the token does not name one. */
    public static final String NONE = "-";

    @Override
    public String resolveCurrentTenantIdentifier() {
        String override = TenantContext.override();
        if (override != null) {
            return override;
        }
        return CurrentCaller.find().map(TenantIdentifierResolver::tenantOf).orElseGet(() ->
                RequestContextHolder.getRequestAttributes() != null ? NONE : ROOT);
    }

    static String tenantOf(CallerIdentity caller) {
        return switch (CallerScope.forReading(caller)) {
            case CallerScope.School school -> school.schoolCode();
            case CallerScope.Nothing nothing -> NONE;
            // municipality, region and services: every row, confined by the services' own scope checks
            default -> ROOT;
        };
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public boolean isRoot(String tenantId) {
        return ROOT.equals(tenantId);
    }
}
