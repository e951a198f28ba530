package ru.mentoring.launcher;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real old folder brought up to date: Keycloak (from the build's zip, on the platform's PostgreSQL)
 * imports the realm file as it was before own accounts (no {@code mentor}/{@code mentee} roles, no
 * {@code participant_id} mapper or profile attribute) and stops; the next start finds them missing,
 * makes the temporary administrator, adds them through the admin API and deletes it; after that the
 * folder needs nothing. Opt-in ({@code -Drealm-upgrade=true}): it builds and starts Keycloak twice,
 * several minutes.
 */
@EnabledIfSystemProperty(named = "realm-upgrade", matches = "true")
class RealmUpgradeOnKeycloakTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void anOldRealmGetsTheOwnAccountRolesMapperAndAttributeAndKeepsTheRest() throws Exception {
        Path zip = Path.of(System.getProperty("platform.keycloak.zip", "target/keycloak/keycloak-quarkus-dist.zip")).toAbsolutePath();
        Path logs = dir.resolve("logs");
        java.nio.file.Files.createDirectories(logs);
        ClientSecrets secrets = ClientSecrets.generate();
        int port = freePort();
        String adminPassword = "upgrade-test-admin";
        try (PostgresServer postgres = PostgresServer.start(dir.resolve("pg"), 0, false, secrets.database(ClientSecrets.DB_SUPERUSER),
                false, logs)) {
            try (Connection c = postgres.database("postgres").getConnection(); Statement s = c.createStatement()) {
                s.execute("create database " + Platform.DATABASE);
            }
            try (Connection c = postgres.database(Platform.DATABASE).getConnection(); Statement s = c.createStatement()) {
                s.execute("create role keycloak login password '" + secrets.database(ClientSecrets.DB_KEYCLOAK) + "'");
                s.execute("create schema keycloak authorization keycloak");
            }
            KeycloakServer.Database database = new KeycloakServer.Database("jdbc:postgresql://localhost:" + postgres.port() + "/"
                    + Platform.DATABASE, secrets.database(ClientSecrets.DB_KEYCLOAK));
            RealmUpgrade.Expected expected = RealmUpgrade.Expected.of(RealmDefinition.realmFile());

            // an old folder: the realm as it was imported before own accounts
            try (KeycloakServer old = KeycloakServer.start(zip, Platform.Settings.defaultCacheDir(), "realm-upgrade-test", port, database,
                    oldRealm(secrets), adminPassword, null, logs)) {
                old.awaitReady(Duration.ofMinutes(10));
            }
            try (Connection c = postgres.database(Platform.DATABASE).getConnection()) {
                assertThat(RealmUpgrade.needed(c, KeycloakServer.DB_SCHEMA, expected)).as("an old realm needs the upgrade").isTrue();
            }

            RealmUpgrade.TemporaryAdmin temporary = RealmUpgrade.TemporaryAdmin.random();
            try (KeycloakServer upgraded = KeycloakServer.start(zip, Platform.Settings.defaultCacheDir(), "realm-upgrade-test", port,
                    database, null, null, temporary, logs)) {
                upgraded.awaitReady(Duration.ofMinutes(10));
                List<String> added = RealmUpgrade.apply(upgraded.url(), temporary, RealmDefinition.realmFile());
                assertThat(added).containsExactlyInAnyOrder("realm role mentor", "realm role mentee", "mapper participant_id of mentoring-web",
                        "user-profile attribute participant_id");

                String token = adminToken(upgraded.url(), adminPassword);
                JsonNode roles = get(upgraded.url(), token, "/admin/realms/mentoring/roles");
                assertThat(roles.toString()).contains("\"mentor\"", "\"mentee\"", "\"coordinator\"");
                String web = get(upgraded.url(), token, "/admin/realms/mentoring/clients?clientId=mentoring-web").get(0).get("id").asString();
                JsonNode mappers = get(upgraded.url(), token, "/admin/realms/mentoring/clients/" + web + "/protocol-mappers/models");
                assertThat(mappers.toString()).contains("\"participant_id\"", "\"municipality\"");
                JsonNode profile = get(upgraded.url(), token, "/admin/realms/mentoring/users/profile");
                assertThat(profile.toString()).contains("\"participant_id\"", "\"municipality\"");
                // the temporary administrator is gone
                assertThat(get(upgraded.url(), token, "/admin/realms/master/clients?clientId=" + temporary.clientId())).isEmpty();
            }
            try (Connection c = postgres.database(Platform.DATABASE).getConnection()) {
                assertThat(RealmUpgrade.needed(c, KeycloakServer.DB_SCHEMA, expected)).as("an upgraded realm needs nothing").isFalse();
            }
        }
    }

    /** The realm file without what own accounts added to it. */
    private static String oldRealm(ClientSecrets secrets) {
        ObjectNode realm = (ObjectNode) JSON.readTree(RealmDefinition.forPlatform(secrets));
        ArrayNode roles = (ArrayNode) realm.get("roles").get("realm");
        for (int i = roles.size() - 1; i >= 0; i--) {
            String name = roles.get(i).get("name").asString();
            if (name.equals("mentor") || name.equals("mentee")) {
                roles.remove(i);
            }
        }
        for (JsonNode client : realm.get("clients")) {
            ArrayNode mappers = (ArrayNode) client.get("protocolMappers");
            for (int i = mappers == null ? -1 : mappers.size() - 1; i >= 0; i--) {
                if ("participant_id".equals(mappers.get(i).get("name").asString())) {
                    mappers.remove(i);
                }
            }
        }
        ArrayNode config = (ArrayNode) realm.get("components").get("org.keycloak.userprofile.UserProfileProvider").get(0).get("config")
                .get("kc.user.profile.config");
        ObjectNode profile = (ObjectNode) JSON.readTree(config.get(0).asString());
        ArrayNode attributes = (ArrayNode) profile.get("attributes");
        for (int i = attributes.size() - 1; i >= 0; i--) {
            if ("participant_id".equals(attributes.get(i).get("name").asString())) {
                attributes.remove(i);
            }
        }
        config.removeAll();
        config.add(JSON.writeValueAsString(profile));
        assertThat(JSON.writeValueAsString(realm)).doesNotContain("participant_id");
        return JSON.writeValueAsString(realm);
    }

    private static String adminToken(String url, String password) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + KeycloakServer.ADMIN_USER + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("access_token").asString();
    }

    private static JsonNode get(String url, String token, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** A port free now, whose management port (+1000) is free too. */
    private static int freePort() throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            if (port + 1000 > 65535) {
                continue;
            }
            try (ServerSocket s = new ServerSocket(port + 1000)) {
                return port;
            } catch (java.io.IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free pair of ports");
    }
}
