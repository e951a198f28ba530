package ru.mentoring.platform.tenant;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class TenantIdentifierResolverTest {

    private final TenantIdentifierResolver resolver = new TenantIdentifierResolver();

    @Test
    void aSchoolAdministratorsTenantIsTheirSchool() {
        assertThat(TenantIdentifierResolver.tenantOf(new CallerIdentity("s", "u", Set.of(Role.SCHOOL_ADMIN), "sosh-2", "mil")))
                .isEqualTo("sosh-2");
    }

    @Test
    void aSchoolAdministratorWithoutASingleSchoolGetsATenantThatMatchesNothing() {
        assertThat(TenantIdentifierResolver.tenantOf(new CallerIdentity("s", "u", Set.of(Role.SCHOOL_ADMIN), null, "mil")))
                .isEqualTo(TenantIdentifierResolver.NONE);
        assertThat(resolver.isRoot(TenantIdentifierResolver.NONE)).isFalse();
    }

    @Test
    void municipalityWideRolesAreRootAndConfinedByTheServices() {
        assertThat(TenantIdentifierResolver.tenantOf(new CallerIdentity("s", "u", Set.of(Role.COORDINATOR), null, "mil")))
                .isEqualTo(TenantIdentifierResolver.ROOT);
        assertThat(resolver.isRoot(TenantIdentifierResolver.ROOT)).isTrue();
    }

    @Test
    void aRegionAnalystIsRootAndConfinedByTheServices() {
        assertThat(TenantIdentifierResolver.tenantOf(new CallerIdentity("s", "u", Set.of(Role.REGION_ANALYST), null, null)))
                .isEqualTo(TenantIdentifierResolver.ROOT);
    }

    @Test
    void aCoordinatorWithoutAMunicipalityMatchesNothing() {
        assertThat(TenantIdentifierResolver.tenantOf(new CallerIdentity("s", "u", Set.of(Role.COORDINATOR), null, null)))
                .isEqualTo(TenantIdentifierResolver.NONE);
    }

    @Test
    void aTokenWithNoKnownRoleMatchesNothing() {
        assertThat(TenantIdentifierResolver.tenantOf(CallerIdentity.fromClaims(Map.of("realm_access", Map.of("roles", List.of("x"))))))
                .isEqualTo(TenantIdentifierResolver.NONE);
    }

    @Test
    void workWithoutARequestOrCallerRunsAsRootAndAnExplicitTenantWins() {
        assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo(TenantIdentifierResolver.ROOT);
        assertThat(TenantContext.callAs("sosh-7", resolver::resolveCurrentTenantIdentifier)).isEqualTo("sosh-7");
        assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo(TenantIdentifierResolver.ROOT);
    }
}
