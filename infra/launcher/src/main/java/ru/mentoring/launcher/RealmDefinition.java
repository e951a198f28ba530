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
 * plus, for a local run or the end-to-end tests, the demo district's organizations and users.
 */
final class RealmDefinition {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RealmDefinition() {
    }

    /** A client secret for one run: 32 random bytes, URL-safe Base64. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** @param webSecret the secret of the confidential client {@code mentoring-web} for this run */
    static String withDemoDistrict(String webSecret) {
        ObjectNode realm = base();
        for (JsonNode client : realm.get("clients")) {
            if ("mentoring-web".equals(client.get("clientId").asString())) {
                ((ObjectNode) client).put("secret", webSecret);
            }
        }
        ArrayNode users = (ArrayNode) realm.get("users");
        ArrayNode organizations = realm.putArray("organizations");
        users.add(user("coordinator", "Ирина", "Координаторова", DemoDistrict.MUNICIPALITY, "coordinator"));
        users.add(user("department", "Олег", "Управленцев", DemoDistrict.MUNICIPALITY, "department-viewer"));
        // a coordinator of another district: proves that municipalities do not see each other
        users.add(user("coordinator-other", "Пётр", "Соседов", "other-district", "coordinator"));
        // the region's analyst: loads and classifies the index's cohort, which belongs to no one municipality
        users.add(user(DemoDistrict.REGION_LOGIN, "Анна", "Регионова", null, "region-analyst"));
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
        user.putArray("realmRoles").add(role);
        return user;
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
                        DemoDistrict.REGION_LOGIN),
                DemoDistrict.SCHOOLS.stream().map(DemoDistrict.DemoSchool::adminLogin)).toList();
    }
}
