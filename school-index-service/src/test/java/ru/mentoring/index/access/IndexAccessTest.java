package ru.mentoring.index.access;

import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class IndexAccessTest {

    private static final CallerIdentity COORDINATOR = new CallerIdentity("s", "c", Set.of(Role.COORDINATOR), null, "mil");
    private static final CallerIdentity VIEWER = new CallerIdentity("s", "d", Set.of(Role.DEPARTMENT_VIEWER), null, "mil");
    private static final CallerIdentity ADMIN = new CallerIdentity("s", "a", Set.of(Role.SCHOOL_ADMIN), "sosh-2", "mil");
    private static final CallerIdentity ANALYST = new CallerIdentity("s", "r", Set.of(Role.REGION_ANALYST), null, null);
    private static final CallerIdentity SERVICE = new CallerIdentity("s", "x", Set.of(Role.INTERNAL_SERVICE), null, null);

    @Test
    void byDefaultOnlyTheRegionAndServicesWriteTheCohort() {
        IndexAccess access = new IndexAccess(false);
        assertThat(access.writing(ANALYST)).isEqualTo(new CallerScope.Region());
        assertThat(access.writing(SERVICE)).isEqualTo(new CallerScope.Everything());
        assertThat(access.writing(COORDINATOR)).isEqualTo(new CallerScope.Nothing());
        assertThat(access.writing(VIEWER)).isEqualTo(new CallerScope.Nothing());
        assertThat(access.writing(ADMIN)).isEqualTo(new CallerScope.Nothing());
    }

    @Test
    void whereMunicipalitiesOwnTheirDataACoordinatorWritesTheirMunicipalityAndNoOneElseGainsAnything() {
        IndexAccess access = new IndexAccess(true);
        assertThat(access.writing(COORDINATOR)).isEqualTo(new CallerScope.Municipality("mil"));
        assertThat(access.writing(VIEWER)).isEqualTo(new CallerScope.Nothing());
        assertThat(access.writing(ADMIN)).isEqualTo(new CallerScope.Nothing());
        assertThat(access.writing(ANALYST)).isEqualTo(new CallerScope.Region());
    }

    @Test
    void readingIsTheCallersScopeWhateverTheDeployment() {
        assertThat(new IndexAccess(false).reading(COORDINATOR)).isEqualTo(new CallerScope.Municipality("mil"));
        assertThat(new IndexAccess(false).reading(ADMIN)).isEqualTo(new CallerScope.School("sosh-2", "mil"));
        assertThat(new IndexAccess(true).reading(ANALYST)).isEqualTo(new CallerScope.Region());
    }
}
