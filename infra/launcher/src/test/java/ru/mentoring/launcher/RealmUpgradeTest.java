package ru.mentoring.launcher;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an old realm gets from the realm file: the roles, mappers and profile attributes it lacks, by
 * name, and nothing it has (an administrator's own edits stay as they are).
 */
class RealmUpgradeTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNode FILE = RealmDefinition.realmFile();
    /** The realm roles of a folder made before own accounts. */
    static final Set<String> OLD_ROLES = Set.of("coordinator", "school-admin", "department-viewer", "region-analyst", "internal-service",
            "offline_access", "uma_authorization", "default-roles-mentoring");

    @Test
    void aRealmWithoutTheOwnAccountRolesGetsThemWithTheFilesDescriptions() {
        List<JsonNode> missing = RealmUpgrade.missingRoles(FILE, OLD_ROLES);
        assertThat(missing).extracting(r -> r.get("name").asString()).containsExactly("mentor", "mentee");
        assertThat(missing.get(0).get("description").asString()).startsWith("A mentor in their own account");
    }

    @Test
    void aRealmWithEveryRoleGetsNone() {
        Set<String> all = new java.util.HashSet<>(OLD_ROLES);
        all.addAll(Set.of("mentor", "mentee"));
        assertThat(RealmUpgrade.missingRoles(FILE, all)).isEmpty();
    }

    @Test
    void theWebClientGetsTheParticipantIdMapperWithoutAnIdAndKeepsItsOthers() {
        List<JsonNode> missing = RealmUpgrade.missingMappers(FILE, Set.of("realm roles in the ID token", "audience mentoring-api",
                "municipality"));
        assertThat(missing).extracting(m -> m.get("name").asString()).containsExactly("participant_id");
        assertThat(missing.get(0).has("id")).isFalse();
        assertThat(missing.get(0).get("config").get("claim.name").asString()).isEqualTo("participant_id");
        assertThat(missing.get(0).get("config").get("access.token.claim").asString()).isEqualTo("true");

        assertThat(RealmUpgrade.missingMappers(FILE, Set.of("realm roles in the ID token", "audience mentoring-api", "municipality",
                "participant_id"))).isEmpty();
    }

    @Test
    void theProfileGetsTheMissingAttributeAppendedAndKeepsWhatTheAdministratorChanged() {
        ObjectNode old = (ObjectNode) profileOfFile().deepCopy();
        ArrayNode attributes = (ArrayNode) old.get("attributes");
        for (int i = attributes.size() - 1; i >= 0; i--) {
            if ("participant_id".equals(attributes.get(i).get("name").asString())) {
                attributes.remove(i);
            }
        }
        // an administrator's own attribute and their own wording of one of ours
        attributes.addObject().put("name", "phone").put("displayName", "Телефон");
        for (JsonNode a : attributes) {
            if ("municipality".equals(a.get("name").asString())) {
                ((ObjectNode) a).put("displayName", "Район (изменено администратором)");
            }
        }

        JsonNode updated = RealmUpgrade.profileWithMissingAttributes(FILE, old).orElseThrow();
        List<String> names = new java.util.ArrayList<>();
        updated.get("attributes").forEach(a -> names.add(a.get("name").asString()));
        assertThat(names).containsSubsequence("username", "municipality", "phone", "participant_id");
        assertThat(names.get(names.size() - 1)).isEqualTo("participant_id");
        assertThat(updated.toString()).contains("Район (изменено администратором)").contains("\"phone\"");
        assertThat(updated.get("unmanagedAttributePolicy").asString()).isEqualTo(old.get("unmanagedAttributePolicy").asString());
        JsonNode added = updated.get("attributes").get(names.size() - 1);
        assertThat(added.get("permissions").get("edit").toString()).isEqualTo("[\"admin\"]");

        assertThat(RealmUpgrade.profileWithMissingAttributes(FILE, updated)).isEmpty();
    }

    @Test
    void theExpectedNamesAreTheFilesOwn() {
        RealmUpgrade.Expected expected = RealmUpgrade.Expected.of(FILE);
        assertThat(expected.roles()).contains("mentor", "mentee", "coordinator");
        assertThat(expected.webMappers()).contains("participant_id", "municipality");
        assertThat(expected.profileAttributes()).contains("participant_id", "municipality");
    }

    @Test
    void theTemporaryAdministratorIsNewEachTimeAndItsSecretIsNotPrinted() {
        RealmUpgrade.TemporaryAdmin a = RealmUpgrade.TemporaryAdmin.random();
        RealmUpgrade.TemporaryAdmin b = RealmUpgrade.TemporaryAdmin.random();
        assertThat(a.clientId()).startsWith("mentoring-launcher-upgrade-").isNotEqualTo(b.clientId());
        assertThat(a.secret()).isNotEqualTo(b.secret());
        assertThat(a.toString()).doesNotContain(a.secret());
    }

    private static JsonNode profileOfFile() {
        return JSON.readTree(FILE.get("components").get("org.keycloak.userprofile.UserProfileProvider").get(0).get("config")
                .get("kc.user.profile.config").get(0).asString());
    }
}
