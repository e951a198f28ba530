package ru.mentoring.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realm to import: {@code infra/keycloak/mentoring-realm.json} (roles, clients, user profile)
 * plus, for a local run or the end-to-end tests, the demo district's organizations and users, the
 * password-grant client {@code mentoring-cli} of scripts and tests, and this run's secrets of the
 * confidential clients (the realm file has none: see {@link ClientSecrets}).
 */
final class RealmDefinition {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RealmDefinition() {
    }

    /** The realm of a real platform: the realm file with the folder's secrets; no users, no password-grant client. */
    static String forPlatform(ClientSecrets secrets) {
        return JSON.writeValueAsString(withSecrets(secrets));
    }

    private static ObjectNode withSecrets(ClientSecrets secrets) {
        ObjectNode realm = base();
        for (JsonNode client : realm.get("clients")) {
            if (!client.path("publicClient").asBoolean(true)) {
                ((ObjectNode) client).put("secret", secrets.of(client.get("clientId").asString()));
            }
        }
        return realm;
    }

    /** @param mailPort the demo's mail sink ({@link MailSink}): Keycloak's invitations are kept there, never sent */
    static String withDemoDistrict(ClientSecrets secrets, int mailPort) {
        ObjectNode realm = withSecrets(secrets);
        ObjectNode smtp = realm.putObject("smtpServer");
        smtp.put("host", "localhost");
        smtp.put("port", String.valueOf(mailPort));
        smtp.put("from", "noreply@mentoring.local");
        smtp.put("fromDisplayName", "Муниципальный наставнический центр");
        smtp.put("auth", "false");
        smtp.put("ssl", "false");
        smtp.put("starttls", "false");
        ArrayNode clients = (ArrayNode) realm.get("clients");
        clients.add(cliClient(clients));
        ArrayNode users = (ArrayNode) realm.get("users");
        ArrayNode organizations = realm.putArray("organizations");
        users.add(user("coordinator", "Ирина", "Координаторова", DemoDistrict.MUNICIPALITY, "coordinator"));
        users.add(user("department", "Олег", "Управленцев", DemoDistrict.MUNICIPALITY, "department-viewer"));
        // a coordinator of another district: proves that municipalities do not see each other
        users.add(user("coordinator-other", "Пётр", "Соседов", "other-district", "coordinator"));
        // the region's analyst: loads and classifies the index's cohort, which belongs to no one municipality
        users.add(user(DemoDistrict.REGION_LOGIN, "Анна", "Регионова", null, "region-analyst"));
        // a mentor's and a mentee's own accounts, with no role yet: the school links them to their records
        // (DemoAccounts), which gives the role and the participant_id; the demo password is the demo's only
        users.add(user(DemoDistrict.MENTOR_LOGIN, "Наставник", "Демо", DemoDistrict.MUNICIPALITY, null));
        users.add(user(DemoDistrict.MENTEE_LOGIN, "Наставляемый", "Демо", DemoDistrict.MUNICIPALITY, null));
        for (DemoDistrict.DemoSchool school : DemoDistrict.SCHOOLS) {
            users.add(user(school.adminLogin(), "Администратор", school.shortName(), DemoDistrict.MUNICIPALITY, "school-admin"));
            ObjectNode org = organizations.addObject();
            org.put("name", school.shortName());
            org.put("alias", school.code());
            org.put("enabled", true);
            org.put("description", school.fullName());
            org.putArray("domains").addObject().put("name", school.code() + ".demo.local").put("verified", false);
            org.putObject("attributes").putArray("municipality").add(DemoDistrict.MUNICIPALITY);
            org.putArray("members").addObject().put("username", school.adminLogin()).put("membershipType", "MANAGED");
        }
        return JSON.writeValueAsString(realm);
    }

    /**
     * Password grant for scripts and the tests: demo realm only, never in the realm file. Its tokens
     * are shaped like the web UI's (same scopes, audience and municipality mappers).
     */
    private static ObjectNode cliClient(ArrayNode clients) {
        JsonNode web = null;
        for (JsonNode client : clients) {
            if ("mentoring-web".equals(client.get("clientId").asString())) {
                web = client;
            }
        }
        if (web == null) {
            throw new IllegalStateException("the realm file has no client mentoring-web to shape mentoring-cli after");
        }
        ObjectNode cli = JSON.createObjectNode();
        cli.put("clientId", "mentoring-cli");
        cli.put("name", "Scripts and tests (demo realm only)");
        cli.put("enabled", true);
        cli.put("publicClient", true);
        cli.put("standardFlowEnabled", false);
        cli.put("directAccessGrantsEnabled", true);
        cli.put("implicitFlowEnabled", false);
        cli.put("protocol", "openid-connect");
        cli.set("defaultClientScopes", web.get("defaultClientScopes").deepCopy());
        cli.set("protocolMappers", web.get("protocolMappers").deepCopy());
        return cli;
    }

    private static ObjectNode user(String username, String firstName, String lastName, String municipality, String role) {
        ObjectNode user = JSON.createObjectNode();
        user.put("username", username);
        user.put("enabled", true);
        user.put("firstName", firstName);
        user.put("lastName", lastName);
        user.put("email", username + "@demo.local");
        user.put("emailVerified", true);
        if (municipality != null) {
            user.putObject("attributes").putArray("municipality").add(municipality);
        }
        user.putArray("credentials").addObject().put("type", "password").put("value", DemoDistrict.PASSWORD).put("temporary", false);
        if (role != null) {
            user.putArray("realmRoles").add(role);
        }
        return user;
    }

    /** The realm file as it is: what {@link RealmUpgrade} compares an existing realm with. */
    static JsonNode realmFile() {
        return base();
    }

    private static ObjectNode base() {
        try (InputStream in = RealmDefinition.class.getResourceAsStream("/keycloak/mentoring-realm.json")) {
            if (in == null) {
                throw new IllegalStateException("keycloak/mentoring-realm.json is not on the class path");
            }
            JsonNode node = JSON.readTree(in);
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> demoLogins() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("coordinator", "department", "coordinator-other",
                        DemoDistrict.REGION_LOGIN, DemoDistrict.MENTOR_LOGIN, DemoDistrict.MENTEE_LOGIN),
                DemoDistrict.SCHOOLS.stream().map(DemoDistrict.DemoSchool::adminLogin)).toList();
    }
}
