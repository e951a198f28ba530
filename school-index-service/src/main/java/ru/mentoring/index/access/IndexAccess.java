package ru.mentoring.index.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;

/**
 * The index's rules on top of {@link CallerScope}: reading is the caller's scope as everywhere;
 * writing the cohort's data (schools, values, official list, methodology versions, runs) is the
 * region's, so a municipal coordinator writes only where municipalities own their data, and then
 * only within their municipality.
 */
@Component(IndexAccess.BEAN)
public class IndexAccess {

    static final String BEAN = "indexAccess";

    /** Everyone who reads the index's results, each confined to their scope. */
    public static final String READERS =
            "hasAnyRole('coordinator','school-admin','department-viewer','region-analyst','internal-service')";

    /** Who reads the region's data sets and runs (their records, not a school's results): not a school administrator. */
    public static final String RECORD_READERS =
            "hasAnyRole('region-analyst','coordinator','department-viewer','internal-service')";

    /** Who writes the cohort's data: the region, and coordinators where municipalities own their data. */
    public static final String WRITERS =
            "hasRole('region-analyst') or (hasRole('coordinator') and @" + BEAN + ".municipalitiesOwnData())";

    private final boolean municipalitiesOwnData;

    IndexAccess(@Value("${index.municipalities-own-data:false}") boolean municipalitiesOwnData) {
        this.municipalitiesOwnData = municipalitiesOwnData;
    }

    /**
     * Whether this deployment lets municipal coordinators load and classify their own schools' data.
     * Public: {@link #WRITERS} calls it from SpEL, which sees only public methods.
     */
    public boolean municipalitiesOwnData() {
        return municipalitiesOwnData;
    }

    /** The schools whose results the caller reads. */
    public CallerScope reading(CallerIdentity caller) {
        return CallerScope.forReading(caller);
    }

    /**
     * The schools whose cohort data the caller may change: the region for an analyst, everything
     * for a service, a coordinator's municipality only where municipalities own their data.
     */
    public CallerScope writing(CallerIdentity caller) {
        CallerScope scope = CallerScope.forWriting(caller);
        return switch (scope) {
            case CallerScope.Everything e -> e;
            case CallerScope.Region r -> r;
            case CallerScope.Municipality m -> municipalitiesOwnData ? m : new CallerScope.Nothing();
            default -> new CallerScope.Nothing();
        };
    }
}
