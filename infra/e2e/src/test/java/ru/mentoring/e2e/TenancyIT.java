package ru.mentoring.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant comes from the token: a school administrator sees their school only, a coordinator
 * their municipality only, a department viewer counts only. Through the gateway, real tokens.
 */
class TenancyIT {

    static PlatformClient client;
    static String teacherOfSosh4;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
        JsonNode people = client.get("coordinator", "/api/registry/schools/mil-sosh-4/participants").json();
        assertThat(people.size()).isGreaterThan(0);
        teacherOfSosh4 = people.get(0).get("id").asString();
    }

    @Test
    void aSchoolAdministratorListsOnlyTheirOwnSchool() {
        JsonNode schools = client.get("admin-mil-sosh-2", "/api/registry/schools").json();
        assertThat(schools.size()).isEqualTo(1);
        assertThat(schools.get(0).get("code").asString()).isEqualTo("mil-sosh-2");
    }

    @Test
    void anotherSchoolIsNotFoundForASchoolAdministratorAndLeavesNoTrace() {
        PlatformClient.Response school = client.get("admin-mil-sosh-2", "/api/registry/schools/mil-sosh-4");
        assertThat(school.status()).isEqualTo(404);
        assertThat(school.body()).doesNotContain("СОШ №4");

        PlatformClient.Response people = client.get("admin-mil-sosh-2", "/api/registry/schools/mil-sosh-4/participants");
        assertThat(people.status()).isEqualTo(404);

        PlatformClient.Response person = client.get("admin-mil-sosh-2", "/api/registry/participants/" + teacherOfSosh4);
        assertThat(person.status()).isEqualTo(404);
        String name = client.get("coordinator", "/api/registry/participants/" + teacherOfSosh4).json().get("lastName").asString();
        assertThat(person.body()).doesNotContain(name);

        String ownPeople = client.get("admin-mil-sosh-2", "/api/registry/schools/mil-sosh-2/participants").body();
        assertThat(ownPeople).doesNotContain(teacherOfSosh4).doesNotContain("mil-sosh-4");
        String counts = client.get("admin-mil-sosh-2", "/api/registry/statistics/schools").body();
        assertThat(counts).contains("mil-sosh-2").doesNotContain("mil-sosh-4");
    }

    @Test
    void bypassingTheGatewayGivesASchoolAdministratorNoMore() {
        PlatformClient.Response r = client.get("admin-mil-sosh-2",
                E2EPlatform.serviceUrl("registry") + "/api/registry/participants/" + teacherOfSosh4);
        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void aSchoolAdministratorCannotAddPeopleToAnotherSchool() {
        PlatformClient.Response r = client.postJson("admin-mil-sosh-2", "/api/registry/schools/mil-sosh-4/participants", """
                {"externalKey":"intruder","kind":"TEACHER","lastName":"Чужой","firstName":"Учитель"}
                """);
        assertThat(r.status()).isEqualTo(404);
        assertThat(client.get("coordinator", "/api/registry/schools/mil-sosh-4/participants").body()).doesNotContain("intruder");
    }

    @Test
    void aCoordinatorOfAnotherMunicipalitySeesNoneOfTheDistrict() {
        // none of the demo's schools (TenancyMatrixIT gives the other district a school of its own)
        for (JsonNode school : client.get("coordinator-other", "/api/registry/schools").json()) {
            assertThat(school.get("municipalityCode").asString()).isNotEqualTo("millerovo");
        }
        assertThat(client.get("coordinator-other", "/api/registry/schools").body()).doesNotContain("mil-");
        assertThat(client.get("coordinator-other", "/api/registry/schools/mil-sosh-2").status()).isEqualTo(404);
        assertThat(client.get("coordinator-other", "/api/registry/participants/" + teacherOfSosh4).status()).isEqualTo(404);
        assertThat(client.get("coordinator-other", "/api/registry/statistics/schools").body()).doesNotContain("mil-");
    }

    @Test
    void aDepartmentViewerCannotWriteAnywhere() {
        String school = """
                {"code":"mil-new","fullName":"Новая школа","shortName":"Новая","kind":"SOSH","municipalityCode":"millerovo"}
                """;
        assertThat(client.postJson("department", "/api/registry/schools", school).status()).isEqualTo(403);
        assertThat(client.postJson("department", "/api/index/schools", "{}").status()).isEqualTo(403);
        assertThat(client.postJson("department", "/api/monitoring/rounds", "{}").status()).isEqualTo(403);
        assertThat(client.putJson("department", "/api/index/methodologies/x", "{}").status()).isEqualTo(403);
        // and the service says the same when the gateway is bypassed
        assertThat(client.postJson("department", E2EPlatform.serviceUrl("registry") + "/api/registry/schools", school).status())
                .isEqualTo(403);
    }

    @Test
    void aDepartmentViewerReadsCountsButNeverNames() {
        assertThat(client.get("department", "/api/registry/schools/mil-sosh-4/participants").status()).isEqualTo(403);
        assertThat(client.get("department", "/api/registry/participants/" + teacherOfSosh4).status()).isEqualTo(403);
        PlatformClient.Response counts = client.get("department", "/api/registry/statistics/schools");
        assertThat(counts.status()).isEqualTo(200);
        assertThat(counts.json().size()).as("the district's schools (and any a test registered)").isGreaterThanOrEqualTo(22);
        assertThat(counts.body()).doesNotContain("lastName");
    }

    @Test
    void theCoordinatorWorksAcrossTheDistrict() {
        PlatformClient.Response added = client.postJson("coordinator", "/api/registry/schools/mil-kurskaya/participants", """
                {"externalKey":"E2E-1","kind":"TEACHER","lastName":"Тестова","firstName":"Елена","subjects":"химия","experienceYears":2}
                """);
        assertThat(added.status()).isIn(201, 409);
        String people = client.get("admin-mil-kurskaya", "/api/registry/schools/mil-kurskaya/participants").body();
        assertThat(people).contains("Тестова");
    }
}
