package ru.mentoring.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class RealmDefinitionTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** The file itself, as committed (the class path copy is made from it by the build). */
    static final Path REALM_FILE = Path.of("../keycloak/mentoring-realm.json");

    static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.get("clients")) {
            if (clientId.equals(client.get("clientId").asString())) {
                return client;
            }
        }
        return null;
    }

    @Test
    void theRealmFileHoldsNoSecretAndNoPasswordGrantClient() throws Exception {
        String file = Files.readString(REALM_FILE);
        assertThat(file).doesNotContain("\"secret\"").doesNotContain("service-secret").doesNotContain("mentoring-cli");
        JsonNode realm = JSON.readTree(file);
        for (JsonNode client : realm.get("clients")) {
            assertThat(client.has("secret")).as(client.get("clientId").asString()).isFalse();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false)).as(client.get("clientId").asString()).isFalse();
        }
    }

    @Test
    void theRegistrysServiceAccountHasOnlyWhatProvisioningNeeds() throws Exception {
        JsonNode realm = JSON.readTree(Files.readString(REALM_FILE));
        List<String> roles = new ArrayList<>();
        for (JsonNode user : realm.get("users")) {
            if ("service-account-registry-service".equals(user.get("username").asString())) {
                user.get("clientRoles").get("realm-management").forEach(r -> roles.add(r.asString()));
            }
        }
        // manage-users covers Keycloak's view and query checks of users; query-users (or view-users, its
        // composite) would also let the account list the realm's clients
        assertThat(roles).containsExactlyInAnyOrder("manage-users", "manage-organizations");
    }

    @Test
    void theDemoRealmGetsThisRunsSecretsAndTheCliClient() {
        ClientSecrets secrets = ClientSecrets.generate();
        JsonNode realm = JSON.readTree(RealmDefinition.withDemoDistrict(secrets, 8205));
        for (String service : ClientSecrets.SERVICES) {
            assertThat(client(realm, service).get("secret").asString()).isEqualTo(secrets.of(service));
        }
        // the web application is a confidential client too (backend-for-frontend): its secret is this run's
        assertThat(client(realm, "mentoring-web").get("secret").asString()).isEqualTo(secrets.of("mentoring-web"));
        JsonNode cli = client(realm, "mentoring-cli");
        assertThat(cli).isNotNull();
        assertThat(cli.get("publicClient").asBoolean()).isTrue();
        assertThat(cli.get("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.get("protocolMappers").toString()).contains("mentoring-api").contains("municipality").contains("participant_id");
    }

    @Test
    void theDemoRealmSendsItsMailToTheSinkAndHasAMentorAndAMenteeWithoutARoleYet() {
        JsonNode realm = JSON.readTree(RealmDefinition.withDemoDistrict(ClientSecrets.generate(), 8205));
        assertThat(realm.path("smtpServer").path("host").asString()).isEqualTo("localhost");
        assertThat(realm.path("smtpServer").path("port").asString()).isEqualTo("8205");
        for (JsonNode user : realm.get("users")) {
            String name = user.get("username").asString();
            if (name.equals(DemoDistrict.MENTOR_LOGIN) || name.equals(DemoDistrict.MENTEE_LOGIN)) {
                // the role and the participant link come from the school's linking, as for anyone
                assertThat(user.has("realmRoles")).as(name).isFalse();
                assertThat(user.path("attributes").has("participant_id")).as(name).isFalse();
            }
        }
        assertThat(RealmDefinition.demoLogins()).contains(DemoDistrict.MENTOR_LOGIN, DemoDistrict.MENTEE_LOGIN);
    }

    @Test
    void theRealmFileDeclaresTheParticipantRolesAndTheAttributeTheTokenCarries() throws Exception {
        JsonNode realm = JSON.readTree(Files.readString(REALM_FILE));
        assertThat(realm.path("roles").path("realm").findValuesAsString("name")).contains("mentor", "mentee");
        assertThat(realm.path("components").toString()).contains("participant_id");
        assertThat(client(realm, "mentoring-web").get("protocolMappers").toString()).contains("\"claim.name\":\"participant_id\"");
    }

    @Test
    void aPlatformsRealmHasTheFoldersSecretsButNoDemoUserNoOrganizationAndNoPasswordGrantClient() {
        ClientSecrets secrets = ClientSecrets.generate();
        JsonNode realm = JSON.readTree(RealmDefinition.forPlatform(secrets));
        for (String service : ClientSecrets.SERVICES) {
            assertThat(client(realm, service).get("secret").asString()).isEqualTo(secrets.of(service));
        }
        assertThat(client(realm, "mentoring-cli")).isNull();
        assertThat(realm.path("organizations").size()).isZero();
        for (JsonNode user : realm.get("users")) {
            assertThat(user.get("username").asString()).startsWith("service-account-");
        }
    }

    @Test
    void everyRunMakesNewLongSecretsOnePerService() {
        ClientSecrets one = ClientSecrets.generate();
        ClientSecrets two = ClientSecrets.generate();
        for (String service : ClientSecrets.SERVICES) {
            assertThat(one.of(service)).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(two.of(service));
        }
        assertThat(one.of("registry-service")).isNotEqualTo(one.of("monitoring-service"));
    }
}
