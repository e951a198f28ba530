package ru.mentoring.e2e;

import java.net.http.HttpRequest;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import ru.mentoring.launcher.PlatformClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No known secrets, least privilege, strict tokens, against the real Keycloak: the services' client
 * secrets are this run's, the registry's service account can provision schools and nothing more,
 * no service's token gets through the gateway, and internal-service counts only from our services.
 */
class SecretsIT {

    static final String TOKEN_PATH = "/realms/mentoring/protocol/openid-connect/token";
    static final String ADMIN = "/admin/realms/mentoring";
    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    static PlatformClient.Response clientCredentials(String clientId, String secret) {
        return client.form(client.keycloakUrl() + TOKEN_PATH,
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    static String serviceToken(String clientId) {
        PlatformClient.Response r = clientCredentials(clientId, E2EPlatform.clientSecret(clientId));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("access_token").asString();
    }

    static PlatformClient.Response withToken(String token, HttpRequest.Builder request) {
        return client.send(request.header("Authorization", "Bearer " + token));
    }

    static PlatformClient.Response get(String token, String url) {
        return withToken(token, client.request(null, url).GET());
    }

    @Test
    void theSecretsThatWereInTheRepositoryOpenNothing() {
        for (String service : new String[] {"registry-service", "school-index-service", "monitoring-service"}) {
            PlatformClient.Response r = clientCredentials(service, service + "-secret");
            assertThat(r.status()).as(service).isEqualTo(401);
            assertThat(r.body()).doesNotContain("access_token");
        }
    }

    @Test
    void everyServicesTokenIsRefusedAtTheGatewayAndAcceptedByTheServices() {
        for (String service : new String[] {"registry-service", "school-index-service", "monitoring-service"}) {
            String token = serviceToken(service);
            assertThat(get(token, "/api/registry/schools").status()).as(service + " through the gateway").isEqualTo(403);
            assertThat(withToken(token, client.request(null, "/api/registry/schools").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))).status()).as(service + " writing through the gateway").isEqualTo(403);
            // the service itself takes it: that is what the token is for
            assertThat(get(token, E2EPlatform.serviceUrl("registry") + "/api/registry/schools").status()).as(service + " at the registry")
                    .isEqualTo(200);
        }
    }

    @Test
    void aTokenOfAnUnknownClientCarryingInternalServiceIsRefusedByTheServicesAndTheGateway() {
        String token = intruderToken();
        JsonNode claims = KeycloakAdmin.claims(token);
        assertThat(claims.get("realm_access").get("roles").toString()).as("Keycloak gave it the role").contains("internal-service");
        assertThat(claims.get("azp").asString()).isEqualTo("e2e-intruder");

        for (String url : new String[] {E2EPlatform.serviceUrl("registry") + "/api/registry/schools",
                E2EPlatform.serviceUrl("index") + "/api/index/methodologies",
                E2EPlatform.serviceUrl("monitoring") + "/api/monitoring/questionnaires"}) {
            PlatformClient.Response r = get(token, url);
            assertThat(r.status()).as(url).isEqualTo(401);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(get(token, "/api/registry/schools").status()).as("through the gateway").isIn(401, 403);
    }

    @Test
    void theRegistrysServiceAccountCanProvisionUsersButNotCreateARealmRoleOrReadClients() {
        String token = serviceToken("registry-service");
        String admin = client.keycloakUrl() + ADMIN;

        PlatformClient.Response role = withToken(token, client.request(null, admin + "/roles").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"e2e-escalation\"}")));
        assertThat(role.status()).as(role.body()).isEqualTo(403);
        assertThat(get(token, admin + "/clients").status()).isEqualTo(403);
        assertThat(get(token, admin + "/clients?clientId=registry-service").status()).isEqualTo(403);
        String monitoring = get(KeycloakAdmin.adminToken(client), admin + "/clients?clientId=monitoring-service").json().get(0).get("id")
                .asString();
        assertThat(get(token, admin + "/clients/" + monitoring).status()).isEqualTo(403);
        assertThat(get(token, admin + "/clients/" + monitoring + "/client-secret").status()).as("another service's secret").isEqualTo(403);
        String self = admin + "/users/" + serviceAccountId("registry-service") + "/role-mappings/clients/" + realmManagementId();
        PlatformClient.Response selfPromotion = withToken(token, client.request(null, self).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + realmManagementRole("manage-realm") + "]")));
        assertThat(selfPromotion.status()).as("giving itself manage-realm: " + selfPromotion.body()).isIn(403, 404);
        assertThat(get(KeycloakAdmin.adminToken(client), self).body()).contains("manage-users").doesNotContain("manage-realm");

        // what provisioning needs still works
        assertThat(get(token, admin + "/users?username=coordinator&exact=true").status()).isEqualTo(200);
        assertThat(get(token, admin + "/organizations?briefRepresentation=true&max=5").status()).isEqualTo(200);
        // and the escalation did not happen
        assertThat(get(KeycloakAdmin.adminToken(client), admin + "/roles/e2e-escalation").status()).isEqualTo(404);
    }

    @Test
    void aTokenLivingLongerThanTheRealmsAccessTokenLifespanIsRefused() {
        String longLived = KeycloakAdmin.shortLivedToken(client, "coordinator", 3600);
        JsonNode claims = KeycloakAdmin.claims(longLived);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isGreaterThan(900);

        PlatformClient.Response atGateway = get(longLived, "/api/registry/schools");
        assertThat(atGateway.status()).isEqualTo(401);
        assertThat(atGateway.header("Content-Type")).startsWith("application/problem+json");
        assertThat(get(longLived, E2EPlatform.serviceUrl("registry") + "/api/registry/schools").status()).isEqualTo(401);
        // the same user with a token of the realm's lifespan is let in
        assertThat(client.get("coordinator", "/api/registry/schools").status()).isEqualTo(200);
    }

    @Test
    void registeringASchoolWithItsAdministratorStillWorksThroughTheGateway() {
        PlatformClient.Response school = client.postJson("coordinator", "/api/registry/schools", """
                {"code":"mil-e2e-secrets","fullName":"МБОУ СОШ с наименьшими правами","shortName":"МБОУ СОШ НП","kind":"SOSH","municipalityCode":"millerovo"}
                """);
        assertThat(school.status()).as(school.body()).isEqualTo(201);
        PlatformClient.Response administrator = client.postJson("coordinator", "/api/registry/schools/mil-e2e-secrets/administrators", """
                {"username":"admin-mil-e2e-secrets","email":"admin-mil-e2e-secrets@demo.local","firstName":"Вера","lastName":"Секретова"}
                """);
        assertThat(administrator.status()).as(administrator.body()).isEqualTo(201);
        assertThat(administrator.json().get("organizationId").asString()).isNotBlank();

        KeycloakAdmin.setPassword(client, administrator.json().get("userId").asString(), "demo");
        String token = client.passwordGrant("admin-mil-e2e-secrets", "demo");
        JsonNode claims = KeycloakAdmin.claims(token);
        assertThat(claims.get("realm_access").get("roles").toString()).contains("school-admin");
        JsonNode schools = get(token, "/api/registry/schools").json();
        assertThat(schools.size()).isEqualTo(1);
        assertThat(schools.get(0).get("code").asString()).isEqualTo("mil-e2e-secrets");
    }

    static String serviceAccountId(String clientId) {
        String admin = KeycloakAdmin.adminToken(client);
        String base = client.keycloakUrl() + ADMIN;
        String uuid = get(admin, base + "/clients?clientId=" + clientId).json().get(0).get("id").asString();
        return get(admin, base + "/clients/" + uuid + "/service-account-user").json().get("id").asString();
    }

    static String realmManagementId() {
        return get(KeycloakAdmin.adminToken(client), client.keycloakUrl() + ADMIN + "/clients?clientId=realm-management").json().get(0)
                .get("id").asString();
    }

    static String realmManagementRole(String name) {
        return get(KeycloakAdmin.adminToken(client), client.keycloakUrl() + ADMIN + "/clients/" + realmManagementId() + "/roles/" + name)
                .body();
    }

    /**
     * A confidential client the realm does not know as a service, whose service account an
     * administrator gave internal-service: Keycloak issues the role, our services must not honour it.
     */
    static synchronized String intruderToken() {
        String admin = KeycloakAdmin.adminToken(client);
        String base = client.keycloakUrl() + ADMIN;
        String secret = java.util.UUID.randomUUID().toString();
        PlatformClient.Response created = withToken(admin, client.request(null, base + "/clients").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"clientId":"e2e-intruder","publicClient":false,"serviceAccountsEnabled":true,"standardFlowEnabled":false,
                         "directAccessGrantsEnabled":false,"secret":"%s",
                         "protocolMappers":[{"name":"audience","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
                           "config":{"included.custom.audience":"mentoring-api","access.token.claim":"true"}}]}
                        """.formatted(secret))));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        String clientUuid = get(admin, base + "/clients?clientId=e2e-intruder").json().get(0).get("id").asString();
        if (created.status() == 409) {
            secret = get(admin, base + "/clients/" + clientUuid + "/client-secret").json().get("value").asString();
        }
        String userId = get(admin, base + "/clients/" + clientUuid + "/service-account-user").json().get("id").asString();
        String role = get(admin, base + "/roles/internal-service").body();
        PlatformClient.Response mapped = withToken(admin, client.request(null, base + "/users/" + userId + "/role-mappings/realm")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("[" + role + "]")));
        assertThat(mapped.status()).as(mapped.body()).isEqualTo(204);
        PlatformClient.Response token = clientCredentials("e2e-intruder", secret);
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        return token.json().get("access_token").asString();
    }
}
