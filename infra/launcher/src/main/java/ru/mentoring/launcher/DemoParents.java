package ru.mentoring.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parent as a mentor in the demo district (seed 002: the bank of mentors «из числа … родителей обучающихся –
 * активных участников родительских советов, организаторов досуговой деятельности»): a member of the parents' council
 * of МБОУ Мальчевская СОШ with her own consent and a topic, mentoring a seventh-former whose consent his mother signed,
 * in the form «работодатель – ученик/студент». Loaded after the monitoring, whose rounds take every person of
 * their schools: this school has no round.
 */
final class DemoParents {

    static final String SCHOOL = "mil-malchevskaya";

    private final PlatformClient client;

    DemoParents(PlatformClient client) {
        this.client = client;
    }

    void load() {
        String parent = person(Map.of("externalKey", "MAL-P-1", "kind", "PARENT", "lastName", "Советова", "firstName", "Марина",
                "middleName", "Олеговна"));
        String student = person(Map.of("externalKey", "MAL-S-1", "kind", "STUDENT", "lastName", "Кружков", "firstName", "Артём",
                "middleName", "Игоревич", "grade", 7));
        expect(client.postJson("coordinator", "/api/registry/participants/" + parent + "/consents", PlatformClient.json(
                Map.of("givenOn", "2025-09-05", "documentRef", "Согласие № 1-Р от 05.09.2025, хранится в ОО"))), "parent's consent");
        expect(client.postJson("coordinator", "/api/registry/participants/" + student + "/consents", PlatformClient.json(
                Map.of("givenOn", "2025-09-05", "documentRef", "Согласие № 2-Р от 05.09.2025, хранится в ОО",
                        "givenBy", "Кружкова Елена Викторовна"))), "student's consent");
        expect(client.postJson("coordinator", "/api/registry/participants/" + parent + "/mentor-topics", PlatformClient.json(
                Map.of("subject", "технология", "topic", "Столярное дело: проект для школьной выставки"))), "parent's topic");
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("mentorId", parent);
        pair.put("menteeIds", List.of(student));
        pair.put("form", "EMPLOYER_STUDENT");
        pair.put("interactionModel", "ACTIVE_PROFESSIONAL_INDIFFERENT_CONSUMER");
        pair.put("kind", "TRADITIONAL");
        pair.put("orderNumber", "31");
        pair.put("orderDate", "2025-09-12");
        pair.put("startDate", "2025-09-15");
        pair.put("endDate", "2026-05-29");
        expect(client.postJson("coordinator", "/api/registry/pairs", PlatformClient.json(pair)), "the parent's pair");
    }

    private String person(Map<String, Object> body) {
        PlatformClient.Response r = client.postJson("coordinator", "/api/registry/schools/" + SCHOOL + "/participants",
                PlatformClient.json(body));
        expect(r, "participant " + body.get("externalKey"));
        return r.json().get("id").asString();
    }

    private static void expect(PlatformClient.Response r, String what) {
        if (r.status() != 201) {
            throw new IllegalStateException("demo parents: " + what + " -> " + r.status() + " " + r.body());
        }
    }
}
