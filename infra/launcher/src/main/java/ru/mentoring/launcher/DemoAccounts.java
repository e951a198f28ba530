package ru.mentoring.launcher;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The demo's own accounts: the administrator of МБОУ СОШ №4 links the mentor and the mentee of the
 * school's pair (order № 15) to the demo realm's users {@link DemoDistrict#MENTOR_LOGIN} and
 * {@link DemoDistrict#MENTEE_LOGIN}, exactly as a school links any adult participant (the accounts
 * already exist here, with the demo password; a real participant's is made now and invited by e-mail).
 */
final class DemoAccounts {

    private final PlatformClient client;

    DemoAccounts(PlatformClient client) {
        this.client = client;
    }

    void load() {
        String admin = "admin-" + DemoDistrict.OWN_ACCOUNTS_SCHOOL;
        PlatformClient.Response pairs = client.get(admin, "/api/registry/pairs?schoolCode=" + DemoDistrict.OWN_ACCOUNTS_SCHOOL);
        expect(pairs, "pairs of " + DemoDistrict.OWN_ACCOUNTS_SCHOOL, 200);
        JsonNode pair = null;
        for (JsonNode p : pairs.json().get("items")) {
            if ("15".equals(p.get("orderNumber").asString())) {
                pair = p;
            }
        }
        if (pair == null) {
            throw new IllegalStateException("demo accounts: the pair with order 15 of " + DemoDistrict.OWN_ACCOUNTS_SCHOOL + " is missing");
        }
        link(admin, pair.get("mentor").get("participantId").asString(), DemoDistrict.MENTOR_LOGIN);
        link(admin, pair.get("mentees").get(0).get("participantId").asString(), DemoDistrict.MENTEE_LOGIN);
    }

    private void link(String admin, String participantId, String login) {
        expect(client.postJson(admin, "/api/registry/participants/" + participantId + "/account",
                PlatformClient.json(Map.of("email", login + "@demo.local", "username", login))), "account " + login, 201);
    }

    private static void expect(PlatformClient.Response r, String what, int status) {
        if (r.status() != status) {
            throw new IllegalStateException("demo accounts: " + what + " -> " + r.status() + " " + r.body());
        }
    }
}
