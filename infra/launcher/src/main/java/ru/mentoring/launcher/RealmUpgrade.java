package ru.mentoring.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings a realm imported by an older launcher up to the realm file: Keycloak imports the file only
 * into a new database, so a folder made before the file gained something (the {@code mentor} and
 * {@code mentee} roles, the {@code participant_id} attribute and its token mapper) never gets it.
 * Only additions, and only what is missing: realm roles, protocol mappers of the web client (and of the
 * demo's {@code mentoring-cli}, shaped after it) and user-profile attributes, all by name; nothing that
 * exists is changed or removed, so an administrator's own edits stay.
 *
 * <p>The launcher knows Keycloak's administrator password only at a folder's first start. So a folder
 * that needs the upgrade (read from Keycloak's tables, as PostgreSQL's owner, before Keycloak starts)
 * gets a temporary administrator client first ({@code kc.sh bootstrap-admin service}, with a random
 * secret of this start), the additions go through Keycloak's admin REST API as that client, and the
 * client is deleted again. An up-to-date folder costs two queries.
 */
final class RealmUpgrade {

    static final String REALM = "mentoring";
    static final String WEB_CLIENT = "mentoring-web";
    /** The demo's password-grant client: made at import as a copy of the web client's mappers. */
    static final String CLI_CLIENT = "mentoring-cli";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RealmUpgrade() {
    }

    /** The temporary administrator client of one start, made in the master realm before Keycloak starts. */
    record TemporaryAdmin(String clientId, String secret) {

        static TemporaryAdmin random() {
            SecureRandom random = new SecureRandom();
            return new TemporaryAdmin("mentoring-launcher-upgrade-" + Long.toHexString(random.nextLong() & Long.MAX_VALUE),
                    ClientSecrets.random(random));
        }

        @Override
        public String toString() {
            return "TemporaryAdmin[" + clientId + "]";
        }
    }

    /** What the realm file has: the names the stored realm is compared with. */
    record Expected(Set<String> roles, Set<String> webMappers, Set<String> profileAttributes) {

        static Expected of(JsonNode realmFile) {
            Set<String> roles = new LinkedHashSet<>();
            realmFile.path("roles").path("realm").forEach(r -> roles.add(r.get("name").asString()));
            Set<String> mappers = new LinkedHashSet<>();
            webClient(realmFile).path("protocolMappers").forEach(m -> mappers.add(m.get("name").asString()));
            Set<String> attributes = new LinkedHashSet<>();
            profile(realmFile).path("attributes").forEach(a -> attributes.add(a.get("name").asString()));
            return new Expected(roles, mappers, attributes);
        }
    }

    // ------------------------------------------------------------------ before Keycloak starts: is anything missing?

    /**
     * Whether the stored realm lacks any role, web-client mapper or profile attribute of the realm
     * file, read from Keycloak's tables in {@code schema}. A table that cannot be read (another
     * Keycloak's schema) counts as lacking: the admin API then decides, and adds nothing twice.
     */
    static boolean needed(Connection c, String schema, Expected expected) {
        try {
            Set<String> roles = names(c, "select r.name from " + schema + ".keycloak_role r join " + schema + ".realm m on m.id = r.realm_id"
                    + " where m.name = ? and r.client_role = false", REALM);
            Set<String> mappers = names(c, "select pm.name from " + schema + ".protocol_mapper pm join " + schema + ".client c"
                    + " on c.id = pm.client_id join " + schema + ".realm m on m.id = c.realm_id where m.name = ? and c.client_id = '"
                    + WEB_CLIENT + "'", REALM);
            String profile = String.join("", names(c, "select cc.value from " + schema + ".component_config cc join " + schema
                    + ".component k on k.id = cc.component_id join " + schema + ".realm m on m.id = k.realm_id"
                    + " where m.name = ? and k.provider_id = 'declarative-user-profile' order by cc.name", REALM));
            boolean attributes = expected.profileAttributes().stream().allMatch(a -> profile.contains("\"" + a + "\""));
            return !roles.containsAll(expected.roles()) || !mappers.containsAll(expected.webMappers()) || !attributes;
        } catch (SQLException e) {
            return true;
        }
    }

    private static Set<String> names(Connection c, String sql, String realm) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, realm);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
        }
        return names;
    }

    // ------------------------------------------------------------------ what to add: pure, unit-tested

    /** The realm file's roles whose names the realm lacks, as the file has them. */
    static List<JsonNode> missingRoles(JsonNode realmFile, Set<String> existing) {
        List<JsonNode> missing = new ArrayList<>();
        for (JsonNode role : realmFile.path("roles").path("realm")) {
            if (!existing.contains(role.get("name").asString())) {
                ObjectNode r = JSON.createObjectNode();
                r.put("name", role.get("name").asString());
                if (role.has("description")) {
                    r.put("description", role.get("description").asString());
                }
                missing.add(r);
            }
        }
        return missing;
    }

    /** The web client's mappers of the realm file whose names the client lacks (without ids: Keycloak gives them). */
    static List<JsonNode> missingMappers(JsonNode realmFile, Set<String> existing) {
        List<JsonNode> missing = new ArrayList<>();
        for (JsonNode mapper : webClient(realmFile).path("protocolMappers")) {
            if (!existing.contains(mapper.get("name").asString())) {
                ObjectNode m = (ObjectNode) mapper.deepCopy();
                m.remove("id");
                missing.add(m);
            }
        }
        return missing;
    }

    /**
     * The realm's user profile with the realm file's attributes it lacks appended, or empty when it
     * lacks none; its own attributes, groups and policies stay as they are.
     */
    static Optional<JsonNode> profileWithMissingAttributes(JsonNode realmFile, JsonNode current) {
        Set<String> have = new HashSet<>();
        current.path("attributes").forEach(a -> have.add(a.get("name").asString()));
        ObjectNode updated = (ObjectNode) current.deepCopy();
        ArrayNode attributes = updated.has("attributes") ? (ArrayNode) updated.get("attributes") : updated.putArray("attributes");
        boolean added = false;
        for (JsonNode attribute : profile(realmFile).path("attributes")) {
            if (!have.contains(attribute.get("name").asString())) {
                attributes.add(attribute.deepCopy());
                added = true;
            }
        }
        return added ? Optional.of(updated) : Optional.empty();
    }

    private static JsonNode webClient(JsonNode realmFile) {
        for (JsonNode client : realmFile.path("clients")) {
            if (WEB_CLIENT.equals(client.path("clientId").asString())) {
                return client;
            }
        }
        throw new IllegalStateException("the realm file has no client " + WEB_CLIENT);
    }

    private static JsonNode profile(JsonNode realmFile) {
        JsonNode providers = realmFile.path("components").path("org.keycloak.userprofile.UserProfileProvider");
        for (JsonNode provider : providers) {
            JsonNode config = provider.path("config").path("kc.user.profile.config");
            if (config.isArray() && !config.isEmpty()) {
                return JSON.readTree(config.get(0).asString());
            }
        }
        return JSON.createObjectNode();
    }

    // ------------------------------------------------------------------ after Keycloak started: the admin API

    /**
     * Adds what the realm lacks through the admin API as the temporary client, then deletes that
     * client. Returns what was added, in words, for the start's output.
     */
    static List<String> apply(String keycloakUrl, TemporaryAdmin admin, JsonNode realmFile) {
        Admin api = new Admin(keycloakUrl, admin);
        try {
            List<String> added = new ArrayList<>();
            Set<String> roles = new HashSet<>();
            api.get("/admin/realms/" + REALM + "/roles?briefRepresentation=true&max=1000").forEach(r -> roles.add(r.get("name").asString()));
            for (JsonNode role : missingRoles(realmFile, roles)) {
                api.send("POST", "/admin/realms/" + REALM + "/roles", role);
                added.add("realm role " + role.get("name").asString());
            }
            for (String clientId : List.of(WEB_CLIENT, CLI_CLIENT)) {
                JsonNode found = api.get("/admin/realms/" + REALM + "/clients?clientId=" + clientId);
                if (found.isEmpty()) {
                    continue; // the cli client exists in demo folders only
                }
                String path = "/admin/realms/" + REALM + "/clients/" + found.get(0).get("id").asString() + "/protocol-mappers/models";
                Set<String> mappers = new HashSet<>();
                api.get(path).forEach(m -> mappers.add(m.get("name").asString()));
                for (JsonNode mapper : missingMappers(realmFile, mappers)) {
                    api.send("POST", path, mapper);
                    added.add("mapper " + mapper.get("name").asString() + " of " + clientId);
                }
            }
            JsonNode profile = api.get("/admin/realms/" + REALM + "/users/profile");
            Optional<JsonNode> updated = profileWithMissingAttributes(realmFile, profile);
            if (updated.isPresent()) {
                Set<String> before = new HashSet<>();
                profile.path("attributes").forEach(a -> before.add(a.get("name").asString()));
                api.send("PUT", "/admin/realms/" + REALM + "/users/profile", updated.get());
                updated.get().path("attributes").forEach(a -> {
                    if (!before.contains(a.get("name").asString())) {
                        added.add("user-profile attribute " + a.get("name").asString());
                    }
                });
            }
            return added;
        } finally {
            api.deleteItself();
        }
    }

    /** Keycloak's admin API as the temporary client (client credentials in the master realm). */
    private static final class Admin {

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final String url;
        private final TemporaryAdmin admin;
        private final String token;

        Admin(String url, TemporaryAdmin admin) {
            this.url = url;
            this.admin = admin;
            String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(admin.clientId(), StandardCharsets.UTF_8)
                    + "&client_secret=" + URLEncoder.encode(admin.secret(), StandardCharsets.UTF_8);
            HttpResponse<String> r = call(HttpRequest.newBuilder(URI.create(url + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("the temporary Keycloak administrator got no token: HTTP " + r.statusCode());
            }
            this.token = JSON.readTree(r.body()).get("access_token").asString();
        }

        JsonNode get(String path) {
            HttpResponse<String> r = call(authorized(path).GET());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Keycloak GET " + path + ": HTTP " + r.statusCode() + " " + r.body());
            }
            return JSON.readTree(r.body());
        }

        void send(String method, String path, JsonNode body) {
            HttpResponse<String> r = call(authorized(path).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException("Keycloak " + method + " " + path + ": HTTP " + r.statusCode() + " " + r.body());
            }
        }

        /** The temporary client goes, whatever happened: it must not outlive this start. */
        void deleteItself() {
            JsonNode found = get("/admin/realms/master/clients?clientId=" + URLEncoder.encode(admin.clientId(), StandardCharsets.UTF_8));
            for (JsonNode client : found) {
                HttpResponse<String> r = call(authorized("/admin/realms/master/clients/" + client.get("id").asString()).DELETE());
                if (r.statusCode() / 100 != 2) {
                    throw new IllegalStateException("the temporary Keycloak administrator " + admin.clientId()
                            + " could not be deleted: HTTP " + r.statusCode() + "; delete it in the admin console (master realm, clients)");
                }
            }
        }

        private HttpRequest.Builder authorized(String path) {
            return HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        }

        private HttpResponse<String> call(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException("Keycloak's admin API at " + url + " did not answer: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while calling Keycloak's admin API", e);
            }
        }
    }
}
