package ru.mentoring.monitoring.access;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import ru.mentoring.monitoring.registry.SchoolDirectory;
import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.web.NotFoundException;

/**
 * The tenancy guard of the monitoring reads and writes that do not go through Hibernate's
 * {@code @TenantId} (plain SQL aggregates, reports). A school administrator reads and writes their
 * own school only; a coordinator reads and writes the schools of their municipality; a department
 * viewer reads aggregates of their municipality and writes nothing. Another school or another
 * municipality is "not found", as everywhere in the platform.
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
        if (caller.isCoordinator() || caller.isDepartmentViewer()) {
            String municipality = municipalityOf(caller);
            if (school != null) {
                confirmInMunicipality(school, municipality);
            }
            return new Scope(municipality, school);
        }
        if (caller.isSchoolAdminOnly()) {
            // the school is their whole reach: no municipality, so nothing is filtered by a claim that might differ
            return new Scope(null, ownSchool(caller, school));
        }
        throw new AccessDeniedException("no monitoring scope for this caller");
    }

    /** The municipality-wide scope of a coordinator or department viewer (a district view). */
    public Scope municipality(CallerIdentity caller) {
        if (caller.isCoordinator() || caller.isDepartmentViewer()) {
            return new Scope(municipalityOf(caller), null);
        }
        throw new AccessDeniedException("district views are for coordinators and department viewers");
    }

    /** A school the caller may change: their own (school administrator) or one of their municipality (coordinator). */
    public Scope writeSchool(CallerIdentity caller, String schoolCode) {
        String school = blankToNull(schoolCode);
        if (school == null) {
            throw new NotFoundException("school", schoolCode);
        }
        if (caller.isCoordinator()) {
            String municipality = municipalityOf(caller);
            confirmInMunicipality(school, municipality);
            return new Scope(municipality, school);
        }
        if (caller.isSchoolAdminOnly()) {
            String own = ownSchool(caller, school);
            String municipality = caller.municipality() != null ? caller.municipality()
                    : schools.municipalityOf(own).orElseThrow(() -> new NotFoundException("school", own));
            return new Scope(municipality, own);
        }
        throw new AccessDeniedException("this caller does not write monitoring data");
    }

    /** The coordinator's own municipality, for what belongs to the district as a whole (its plan, its test scores). */
    public String coordinatorMunicipality(CallerIdentity caller) {
        if (!caller.isCoordinator()) {
            throw new AccessDeniedException("only a coordinator does this");
        }
        return municipalityOf(caller);
    }

    private void confirmInMunicipality(String school, String municipality) {
        String actual = schools.municipalityOf(school).orElseThrow(() -> new NotFoundException("school", school));
        if (!actual.equals(municipality)) {
            throw new NotFoundException("school", school);
        }
    }

    private static String ownSchool(CallerIdentity caller, String requested) {
        if (caller.schoolCode() == null) {
            throw new AccessDeniedException("school administrator token names no single school");
        }
        if (requested != null && !requested.equals(caller.schoolCode())) {
            throw new NotFoundException("school", requested);
        }
        return caller.schoolCode();
    }

    private static String municipalityOf(CallerIdentity caller) {
        if (caller.municipality() == null || caller.municipality().isBlank()) {
            throw new AccessDeniedException("token names no municipality");
        }
        return caller.municipality();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
