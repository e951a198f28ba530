package ru.mentoring.e2e;

import java.util.Map;

import ru.mentoring.launcher.PlatformClient;

/** What the tests need of Keycloak's admin API: a short-lived client, service-account tokens. */
final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    static String adminToken(PlatformClient client) {
        return adminToken(client, E2EPlatform.keycloakAdminPassword());
    }

    /** A token of Keycloak's administrator, whose password the launcher made at the data folder's first start. */
    static String adminToken(PlatformClient client, String password) {
        PlatformClient.Response r = client.form(client.keycloakUrl() + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("admin token: " + r.status() + " " + r.body());
        }
        return r.json().get("access_token").asString();
    }

    /** A user token from a test-only client whose tokens live {@code seconds}; otherwise shaped like ours. */
    static synchronized String shortLivedToken(PlatformClient client, String username, int seconds) {
        String clientId = "e2e-short-lived-" + seconds;
        String admin = adminToken(client);
        String body = """
                {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
                 "attributes":{"access.token.lifespan":"%d"},
                 "defaultClientScopes":["web-origins","acr","profile","roles","basic","email","organization"],
                 "protocolMappers":[{"name":"audience","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
                   "config":{"included.custom.audience":"mentoring-api","access.token.claim":"true"}},
                   {"name":"municipality","protocol":"openid-connect","protocolMapper":"oidc-usermodel-attribute-mapper",
                   "config":{"user.attribute":"municipality","claim.name":"municipality","jsonType.label":"String","access.token.claim":"true"}}]}
                """.formatted(clientId, seconds);
        PlatformClient.Response created = client.send(client.request(null, client.keycloakUrl() + "/admin/realms/mentoring/clients")
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("short-lived client: " + created.status() + " " + created.body());
        }
        PlatformClient.Response token = client.form(client.keycloakUrl() + "/realms/mentoring/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", "demo"));
        return token.json().get("access_token").asString();
    }

    static void setPassword(PlatformClient client, String userId, String password) {
        PlatformClient.Response r = client.send(client.request(null, client.keycloakUrl() + "/admin/realms/mentoring/users/" + userId
                        + "/reset-password")
                .header("Authorization", "Bearer " + adminToken(client)).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}")));
        if (r.status() != 204) {
            throw new IllegalStateException("password: " + r.status() + " " + r.body());
        }
    }

    static String clientCredentialsToken(PlatformClient client, String clientId, String secret) {
        PlatformClient.Response r = client.form(client.keycloakUrl() + "/realms/mentoring/protocol/openid-connect/token",
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
        return r.json().get("access_token").asString();
    }

    /** The token's claims, as Keycloak wrote them (no check: for assertions about what it carries). */
    static tools.jackson.databind.JsonNode claims(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(payload);
    }
}
