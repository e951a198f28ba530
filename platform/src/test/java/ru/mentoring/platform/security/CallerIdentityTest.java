package ru.mentoring.platform.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallerIdentityTest {

    private static Map<String, Object> claims(List<String> roles, Object organization, String municipality) {
        var m = new HashMap<String, Object>();
        m.put("sub", "u-1");
        m.put("preferred_username", "someone");
        m.put("realm_access", Map.of("roles", roles));
        if (organization != null) {
            m.put("organization", organization);
        }
        if (municipality != null) {
            m.put("municipality", municipality);
        }
        return m;
    }

    @Test
    void theTenantIsTheOnlyOrganizationOfTheToken() {
        CallerIdentity c = CallerIdentity.fromClaims(claims(List.of("school-admin"), List.of("sosh-2"), "mil"));
        assertThat(c.schoolCode()).isEqualTo("sosh-2");
        assertThat(c.isSchoolAdminOnly()).isTrue();
    }

    @Test
    void theObjectShapeOfTheOrganizationClaimIsReadByAlias() {
        CallerIdentity c = CallerIdentity.fromClaims(claims(List.of("school-admin"), Map.of("sosh-2", Map.of("id", "x")), "mil"));
        assertThat(c.schoolCode()).isEqualTo("sosh-2");
    }

    @Test
    void aMemberOfSeveralOrganizationsHasNoTenant() {
        CallerIdentity c = CallerIdentity.fromClaims(claims(List.of("school-admin"), List.of("a", "b"), "mil"));
        assertThat(c.schoolCode()).isNull();
        assertThat(c.canReadSchool("a", "mil")).isFalse();
    }

    @Test
    void unknownRealmRolesAreIgnored() {
        CallerIdentity c = CallerIdentity.fromClaims(claims(List.of("offline_access", "coordinator"), null, "mil"));
        assertThat(c.roles()).containsExactly(Role.COORDINATOR);
    }

    @Test
    void aCoordinatorReadsAndWritesOnlyTheirMunicipality() {
        CallerIdentity c = CallerIdentity.fromClaims(claims(List.of("coordinator"), null, "mil"));
        assertThat(c.canReadSchool("x", "mil")).isTrue();
        assertThat(c.canWriteSchool("x", "mil")).isTrue();
        assertThat(c.canReadSchool("x", "other")).isFalse();
        assertThat(c.canWriteSchool("x", "other")).isFalse();
    }

    @Test
    void aDepartmentViewerReadsTheMunicipalityButNeverWrites() {
        CallerIdentity c = CallerIdentity.fromClaims(claims(List.of("department-viewer"), null, "mil"));
        assertThat(c.canReadSchool("x", "mil")).isTrue();
        assertThat(c.canWriteSchool("x", "mil")).isFalse();
    }

    @Test
    void aSchoolAdministratorIsConfinedToTheirSchoolWhateverTheMunicipality() {
        CallerIdentity c = CallerIdentity.fromClaims(claims(List.of("school-admin"), List.of("sosh-2"), "mil"));
        assertThat(c.canReadSchool("sosh-2", "mil")).isTrue();
        assertThat(c.canReadSchool("sosh-4", "mil")).isFalse();
        assertThat(c.canWriteSchool("sosh-4", "mil")).isFalse();
    }

    @Test
    void aTokenWithoutRolesMayDoNothing() {
        CallerIdentity c = CallerIdentity.fromClaims(Map.of("sub", "x"));
        assertThat(c.roles()).isEmpty();
        assertThat(c.canReadSchool("a", "mil")).isFalse();
    }
}
