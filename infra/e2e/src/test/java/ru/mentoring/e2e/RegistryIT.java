package ru.mentoring.e2e;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's main flows through the gateway with real tokens: the demo district's living bank,
 * cross-school pairs seen by both schools and nobody else, matching that asks the index service,
 * exports, and a new school whose Keycloak organization and administrator are made for real.
 */
class RegistryIT {

    static PlatformClient client;
    static JsonNode crossSchoolPair;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
        for (JsonNode pair : client.get("coordinator", "/api/registry/pairs?schoolCode=mil-sosh-2").json().get("items")) {
            crossSchoolPair = pair;
        }
        assertThat(crossSchoolPair).as("the demo district has a cross-school pair with mil-sosh-2").isNotNull();
    }

    @Test
    void bothSchoolsOfACrossSchoolPairSeeItAndAThirdSchoolDoesNot() {
        String id = crossSchoolPair.get("id").asString();
        PlatformClient.Response menteeSide = client.get("admin-mil-sosh-2", "/api/registry/pairs/" + id);
        assertThat(menteeSide.status()).isEqualTo(200);
        assertThat(client.get("admin-mil-gymnasium-1", "/api/registry/pairs/" + id).status()).isEqualTo(200);
        PlatformClient.Response third = client.get("admin-mil-sosh-4", "/api/registry/pairs/" + id);
        assertThat(third.status()).isEqualTo(404);
        assertThat(client.get("admin-mil-sosh-4", "/api/registry/pairs").body()).doesNotContain(id);
        // the other school's mentor is a name and a school, nothing more
        String mentorId = client.get("coordinator", "/api/registry/pairs/" + id).json().get("mentor").get("participantId").asString();
        assertThat(menteeSide.body()).doesNotContain(mentorId);
    }

    @Test
    void theDepartmentSeesPairCountsButNoPairs() {
        assertThat(client.get("department", "/api/registry/pairs").status()).isEqualTo(403);
        // the coordinator's exact counts; the viewer's 1–4 are hidden (SmallCellsIT)
        JsonNode counts = client.get("coordinator", "/api/registry/statistics/schools").json();
        assertThat(client.get("department", "/api/registry/statistics/schools").body()).doesNotContain("lastName");
        long active = 0;
        for (JsonNode school : counts) {
            active += school.get("activePairs").asLong();
        }
        // each active pair once per school of its people (a cross-school pair for both), whatever pairs other
        // end-to-end classes have added to the shared platform: the demo's 4 pairs with their 2 cross-school ones are 6
        JsonNode pairs = client.get("coordinator", "/api/registry/pairs?active=true&size=500").json();
        long expected = 0;
        for (JsonNode pair : pairs.get("items")) {
            Set<String> schools = new HashSet<>();
            schools.add(pair.get("mentor").get("schoolCode").asString());
            pair.get("mentees").forEach(m -> schools.add(m.get("schoolCode").asString()));
            expected += schools.size();
        }
        assertThat(pairs.get("total").asLong()).as("every active pair on the one page").isEqualTo(pairs.get("items").size());
        assertThat(expected).as("the demo's pairs at least").isGreaterThanOrEqualTo(6);
        assertThat(active).as("active pairs counted once for each of their schools").isEqualTo(expected);
        assertThat(counts.toString()).doesNotContain("lastName");
    }

    @Test
    void aSchoolAdministratorSearchesOnlyTheirOwnSchoolsBank() {
        JsonNode items = client.get("admin-mil-sosh-2", "/api/registry/bank/mentees").json().get("items");
        assertThat(items.size()).isGreaterThan(0);
        assertThat(items.toString()).doesNotContain("mil-sosh-4");
        JsonNode all = client.get("coordinator", "/api/registry/bank/mentors?school=mil-gymnasium-1").json();
        assertThat(all.get("total").asInt()).isGreaterThan(0);
        assertThat(client.get("department", "/api/registry/bank/mentors").status()).isEqualTo(403);
    }

    @Test
    void matchingRanksMentorsAndUsesTheIndexServicesClassification() {
        java.util.Set<String> mentorSubjects = new java.util.HashSet<>();
        for (JsonNode mentor : client.get("coordinator", "/api/registry/bank/mentors?size=200").json().get("items")) {
            mentorSubjects.add(mentor.get("subjects").asString());
        }
        String requestId = null;
        for (JsonNode mentee : client.get("coordinator", "/api/registry/bank/mentees?size=200").json().get("items")) {
            for (JsonNode request : mentee.get("requests")) {
                if (mentorSubjects.contains(request.get("subject").asString())) {
                    requestId = request.get("id").asString();
                }
            }
        }
        assertThat(requestId).as("a young teacher's request in a subject some mentor teaches").isNotNull();
        PlatformClient.Response r = client.get("coordinator", "/api/registry/bank/mentee-requests/" + requestId + "/suggested-mentors?year=2024");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("classification").get("used").asBoolean()).as(r.json().get("classification").toString()).isTrue();
        assertThat(r.json().get("suggestions").size()).isGreaterThan(0);
        assertThat(r.json().get("suggestions").get(0).get("reasons").size()).isGreaterThan(0);
    }

    @Test
    void theBankOfMentorsExportsAsAWorkbookWithRussianHeaders() throws Exception {
        PlatformClient.Response r = client.get("coordinator", "/api/registry/exchange/mentors?format=xlsx");
        assertThat(r.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.raw().body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Код ОО");
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThan(0);
        }
        PlatformClient.Response own = client.get("admin-mil-sosh-2", "/api/registry/exchange/mentees?format=csv");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("mil-sosh-2").doesNotContain("mil-sosh-4");
    }

    @Test
    void aPairWithoutConsentIsRefusedAndNothingIsStored() {
        String created = client.postJson("coordinator", "/api/registry/schools/mil-kurskaya/participants", """
                {"externalKey":"E2E-NO-CONSENT","kind":"TEACHER","lastName":"Безсогласия","firstName":"Нина","subjects":"химия","experienceYears":1}
                """).json().get("id").asString();
        String mentor = client.get("coordinator", "/api/registry/schools/mil-kurskaya/participants").json().get(1).get("id").asString();
        String body = """
                {"mentorId":"%s","menteeIds":["%s"],"form":"TEACHER_TEACHER","interactionModel":"EXPERIENCED_TEACHER_YOUNG_SPECIALIST",
                 "kind":"TRADITIONAL","orderNumber":"E2E","orderDate":"2025-09-10","startDate":"2025-09-15","endDate":"2026-05-31"}
                """.formatted(mentor, created);
        PlatformClient.Response r = client.postJson("admin-mil-kurskaya", "/api/registry/pairs", body);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(client.get("coordinator", "/api/registry/pairs?participantId=" + created).json().get("total").asInt()).isZero();
    }

    @Test
    void registeringASchoolCreatesItsKeycloakOrganizationAndItsAdministratorGetsTheTenant() {
        PlatformClient.Response school = client.postJson("coordinator", "/api/registry/schools", """
                {"code":"mil-e2e-new","fullName":"МБОУ Новая СОШ","shortName":"МБОУ Новая СОШ","kind":"SOSH","municipalityCode":"millerovo"}
                """);
        assertThat(school.status()).as(school.body()).isEqualTo(201);
        PlatformClient.Response admin = client.postJson("coordinator", "/api/registry/schools/mil-e2e-new/administrators", """
                {"username":"admin-mil-e2e-new","email":"admin-mil-e2e-new@demo.local","firstName":"Анна","lastName":"Новикова"}
                """);
        assertThat(admin.status()).as(admin.body()).isEqualTo(201);

        KeycloakAdmin.setPassword(client, admin.json().get("userId").asString(), "demo");
        String token = client.passwordGrant("admin-mil-e2e-new", "demo");
        JsonNode schools = client.send(client.request(null, "/api/registry/schools").header("Authorization", "Bearer " + token).GET()).json();
        assertThat(schools.size()).isEqualTo(1);
        assertThat(schools.get(0).get("code").asString()).isEqualTo("mil-e2e-new");

        // the index service now knows it too, from the registry
        assertThat(client.get("coordinator", "/api/index/schools/mil-e2e-new").status()).isIn(200, 404);
    }

    @Test
    void theAuditLogRecordsWhoChangedPersonalDataForTheCoordinatorOnly() {
        JsonNode audit = client.get("coordinator", "/api/registry/audit?schoolCode=mil-sosh-2").json();
        assertThat(audit.get("items").size()).isGreaterThan(0);
        assertThat(audit.get("items").get(0).get("actor").asString()).isNotBlank();
        assertThat(client.get("admin-mil-sosh-2", "/api/registry/audit?schoolCode=mil-sosh-2").status()).isEqualTo(403);
        assertThat(client.get("coordinator-other", "/api/registry/audit?schoolCode=mil-sosh-2").json().toString())
                .doesNotContain("mil-sosh-2\",\"entityType");
    }

}
