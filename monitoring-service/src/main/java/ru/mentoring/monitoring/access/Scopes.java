package ru.mentoring.monitoring.access;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import ru.mentoring.monitoring.registry.SchoolDirectory;
import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.web.NotFoundException;

/**
 * The tenancy guard of the monitoring reads and writes that do not go through Hibernate's
 * {@code @TenantId} (plain SQL aggregates, reports). A school administrator reads and writes their
 * own school only; a coordinator reads and writes the schools of their municipality; a department
 * viewer reads aggregates of their municipality and writes nothing. Another school or another
 * municipality is "not found", as everywhere in the platform. Who reaches what is the platform's
 * {@link CallerScope}; this class adds the monitoring's narrowing to one school and the registry's
 * confirmation that a named school lies in the caller's municipality.
 */
@Component
public class Scopes {

    private final SchoolDirectory schools;

    Scopes(SchoolDirectory schools) {
        this.schools = schools;
    }

    /**
     * The scope of an aggregate read. When a coordinator or a department viewer names a school, the
     * registry confirms that it lies in their municipality: a school of another municipality is "not
     * found", never an empty table that would tell it exists.
     */
    public Scope read(CallerIdentity caller, String schoolCode) {
        String school = blankToNull(schoolCode);
        return switch (CallerScope.forReading(caller)) {
            case CallerScope.Municipality m -> {
                if (school != null) {
                    confirmInMunicipality(school, m.municipality());
                }
                yield new Scope(m.municipality(), school);
            }
            // the school is their whole reach: no municipality, so nothing is filtered by a claim that might differ
            case CallerScope.School own -> new Scope(null, ownSchool(own, school));
            default -> throw new AccessDeniedException("no monitoring scope for this caller");
        };
    }

    /** The municipality-wide scope of a coordinator or department viewer (a district view). */
    public Scope municipality(CallerIdentity caller) {
        if (CallerScope.forReading(caller) instanceof CallerScope.Municipality m) {
            return new Scope(m.municipality(), null);
        }
        throw new AccessDeniedException("district views are for coordinators and department viewers");
    }

    /** A school the caller may change: their own (school administrator) or one of their municipality (coordinator). */
    public Scope writeSchool(CallerIdentity caller, String schoolCode) {
        String school = blankToNull(schoolCode);
        if (school == null) {
            throw new NotFoundException("school", schoolCode);
        }
        return switch (CallerScope.forWriting(caller)) {
            case CallerScope.Municipality m -> {
                confirmInMunicipality(school, m.municipality());
                yield new Scope(m.municipality(), school);
            }
            case CallerScope.School own -> {
                String code = ownSchool(own, school);
                String municipality = own.municipality() != null ? own.municipality()
                        : schools.municipalityOf(code).orElseThrow(() -> new NotFoundException("school", code));
                yield new Scope(municipality, code);
            }
            default -> throw new AccessDeniedException("this caller does not write monitoring data");
        };
    }

    /** The coordinator's own municipality, for what belongs to the district as a whole (its plan, its test scores). */
    public String coordinatorMunicipality(CallerIdentity caller) {
        if (caller.isCoordinator() && CallerScope.forWriting(caller) instanceof CallerScope.Municipality m) {
            return m.municipality();
        }
        throw new AccessDeniedException("only a coordinator does this");
    }

    private void confirmInMunicipality(String school, String municipality) {
        String actual = schools.municipalityOf(school).orElseThrow(() -> new NotFoundException("school", school));
        if (!actual.equals(municipality)) {
            throw new NotFoundException("school", school);
        }
    }

    private static String ownSchool(CallerScope.School own, String requested) {
        if (requested != null && !requested.equals(own.schoolCode())) {
            throw new NotFoundException("school", requested);
        }
        return own.schoolCode();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
