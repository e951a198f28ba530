package ru.mentoring.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallerScopeTest {

    private static CallerIdentity caller(Set<Role> roles, String school, String municipality) {
        return new CallerIdentity("u", "someone", roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), school, municipality);
    }

    @Test
    void aSchoolAdministratorReachesTheirSchoolOnly() {
        CallerScope scope = CallerScope.forReading(caller(Set.of(Role.SCHOOL_ADMIN), "sosh-2", "mil"));
        assertThat(scope).isEqualTo(new CallerScope.School("sosh-2", "mil"));
        assertThat(scope.includes("sosh-2", "mil")).isTrue();
        assertThat(scope.includes("sosh-3", "mil")).isFalse();
        assertThat(scope.isWide()).isFalse();
    }

    @Test
    void aCoordinatorReachesTheirMunicipalityAndNoOther() {
        CallerScope scope = CallerScope.forReading(caller(Set.of(Role.COORDINATOR), null, "mil"));
        assertThat(scope.includes("any", "mil")).isTrue();
        assertThat(scope.includes("any", "other")).isFalse();
        assertThat(CallerScope.forWriting(caller(Set.of(Role.COORDINATOR), null, "mil"))).isEqualTo(scope);
    }

    @Test
    void aDepartmentViewerReadsTheMunicipalityAndWritesNothing() {
        CallerIdentity viewer = caller(Set.of(Role.DEPARTMENT_VIEWER), null, "mil");
        assertThat(CallerScope.forReading(viewer)).isEqualTo(new CallerScope.Municipality("mil"));
        assertThat(CallerScope.forWriting(viewer)).isEqualTo(new CallerScope.Nothing());
    }

    @Test
    void aRegionAnalystReachesTheRegionWhateverElseTheTokenSays() {
        CallerScope scope = CallerScope.forReading(caller(Set.of(Role.REGION_ANALYST, Role.COORDINATOR), null, "mil"));
        assertThat(scope).isEqualTo(new CallerScope.Region());
        assertThat(scope.includes("x", "other")).isTrue();
    }

    @Test
    void aCoordinatorWithoutMunicipalityOrAnAdministratorWithoutSchoolReachesNothing() {
        assertThat(CallerScope.forReading(caller(Set.of(Role.COORDINATOR), null, null)).isEmpty()).isTrue();
        assertThat(CallerScope.forReading(caller(Set.of(Role.SCHOOL_ADMIN), null, "mil")).isEmpty()).isTrue();
        assertThat(CallerScope.forReading(caller(Set.of(), "s", "mil")).includes("s", "mil")).isFalse();
    }

    @Test
    void aMentorOrMenteeInTheirOwnAccountReachesNoSchoolNotEvenTheirOwn() {
        CallerIdentity mentor = new CallerIdentity("u", "mentor", Set.of(Role.MENTOR), "sosh-2", "mil", UUID.randomUUID());
        CallerIdentity mentee = new CallerIdentity("u", "mentee", Set.of(Role.MENTEE), "sosh-2", "mil", UUID.randomUUID());
        for (CallerIdentity own : List.of(mentor, mentee)) {
            assertThat(own.isOwnParticipant()).isTrue();
            assertThat(CallerScope.forReading(own)).isEqualTo(new CallerScope.Nothing());
            assertThat(CallerScope.forWriting(own)).isEqualTo(new CallerScope.Nothing());
            assertThat(own.canReadSchool("sosh-2", "mil")).isFalse();
        }
    }

    @Test
    void theParticipantLinkIsReadFromTheTokenAndAMalformedOneIsNoLink() {
        UUID id = UUID.randomUUID();
        CallerIdentity linked = CallerIdentity.fromClaims(Map.of("sub", "s", "realm_access", Map.of("roles", List.of("mentee")),
                "participant_id", id.toString()));
        assertThat(linked.participantId()).isEqualTo(id);
        assertThat(linked.has(Role.MENTEE)).isTrue();
        CallerIdentity broken = CallerIdentity.fromClaims(Map.of("sub", "s", "realm_access", Map.of("roles", List.of("mentor")),
                "participant_id", "not-a-uuid"));
        assertThat(broken.participantId()).isNull();
        assertThat(broken.isOwnParticipant()).isFalse();
    }

    @Test
    void theSqlConditionBindsTheScopesValue() {
        CallerScope municipality = new CallerScope.Municipality("mil");
        assertThat(municipality.condition("s.code", "s.municipality_code"))
                .isEqualTo(new CallerScope.SqlCondition("s.municipality_code = ?", List.of("mil"), Map.of("scopeMunicipality", "mil")));
        assertThat(new CallerScope.School("sosh-2", null).namedCondition("s.code", "s.municipality_code").sql())
                .isEqualTo("s.code = :scopeSchool");
        assertThat(new CallerScope.Nothing().condition("a", "b").sql()).isEqualTo("false");
        assertThat(new CallerScope.Region().condition("a", "b").sql()).isEqualTo("true");
    }

    @Test
    void onlyTheRegionAndServicesAreRegionWide() {
        assertThat(new CallerScope.Region().isRegionWide()).isTrue();
        assertThat(new CallerScope.Everything().isRegionWide()).isTrue();
        assertThat(new CallerScope.Municipality("mil").isRegionWide()).isFalse();
        assertThat(new CallerScope.School("s", "mil").isRegionWide()).isFalse();
        assertThat(new CallerScope.Nothing().isRegionWide()).isFalse();
    }

    @Test
    void aMunicipalityIsCoveredByItselfAndTheRegionButNeverByOneSchool() {
        assertThat(new CallerScope.Municipality("mil").coversMunicipality("mil")).isTrue();
        assertThat(new CallerScope.Municipality("mil").coversMunicipality("other")).isFalse();
        assertThat(new CallerScope.Region().coversMunicipality("other")).isTrue();
        assertThat(new CallerScope.School("s", "mil").coversMunicipality("mil")).isFalse();
        assertThat(new CallerScope.Nothing().coversMunicipality("mil")).isFalse();
    }

    @Test
    void aRegionAnalystWritesTheRegionAndAServiceEverything() {
        assertThat(CallerScope.forWriting(caller(Set.of(Role.REGION_ANALYST), null, null))).isEqualTo(new CallerScope.Region());
        assertThat(CallerScope.forWriting(caller(Set.of(Role.INTERNAL_SERVICE), null, null))).isEqualTo(new CallerScope.Everything());
    }

    @Test
    void theRegionsSqlConditionIsUnrestrictedAndNothingsMatchesNoRow() {
        assertThat(new CallerScope.Region().condition("s.code", "s.m").sql()).isEqualTo("true");
        assertThat(new CallerScope.Nothing().namedCondition("s.code", "s.m").sql()).isEqualTo("false");
        assertThat(new CallerScope.Municipality("mil").namedCondition("s.code", "s.m").named())
                .containsEntry("scopeMunicipality", "mil");
    }
}
