package ru.mentoring.launcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A living bank for the demo district, through the gateway with the coordinator's token: every
 * teacher's written consent, topics of experienced teachers of the strong schools, requests of
 * the young specialists, and a few pairs, two of them across schools (mentors of the gymnasium and
 * the lyceum with young teachers of low-result schools), each with its programme of support.
 */
final class DemoRegistryLife {

    static final String[] MENTOR_SCHOOLS = {"mil-gymnasium-1", "mil-lyceum-7", "mil-sosh-1", "mil-sosh-3", "mil-sosh-6-advanced",
            "mil-degtevskaya", "mil-malchevskaya", "mil-verkhnemakeevskaya"};

    private final PlatformClient client;

    DemoRegistryLife(PlatformClient client) {
        this.client = client;
    }

    record Teacher(String id, String school, String subjects, int experience) {
    }

    void load() {
        Map<String, List<Teacher>> bySchool = new LinkedHashMap<>();
        int document = 1;
        for (DemoDistrict.DemoSchool school : DemoDistrict.SCHOOLS) {
            List<Teacher> teachers = new ArrayList<>();
            for (JsonNode p : client.get("coordinator", "/api/registry/schools/" + school.code() + "/participants").json()) {
                Teacher t = new Teacher(p.get("id").asString(), school.code(), p.get("subjects").asString(),
                        p.get("experienceYears").asInt());
                teachers.add(t);
                expect(client.postJson("coordinator", "/api/registry/participants/" + t.id() + "/consents",
                        json(Map.of("givenOn", "2025-09-01", "documentRef", "Согласие № %d от 01.09.2025, хранится в ОО".formatted(document++)))),
                        "consent", 201);
            }
            bySchool.put(school.code(), teachers);
        }
        for (String school : MENTOR_SCHOOLS) {
            for (Teacher t : bySchool.get(school)) {
                if (t.experience() >= 8) {
                    expect(client.postJson("coordinator", "/api/registry/participants/" + t.id() + "/mentor-topics",
                            json(Map.of("subject", t.subjects(), "topic", "Подготовка к ОГЭ: " + t.subjects()))), "topic", 201);
                }
            }
        }
        for (List<Teacher> teachers : bySchool.values()) {
            for (Teacher t : teachers) {
                if (t.experience() <= 3) {
                    expect(client.postJson("coordinator", "/api/registry/participants/" + t.id() + "/mentee-requests",
                            json(Map.of("difficultyKind", "METHODICAL", "subject", t.subjects(),
                                    "text", "Организация работы с неуспевающими обучающимися"))), "request", 201);
                }
            }
        }
        pair(most(bySchool, "mil-gymnasium-1"), young(bySchool, "mil-sosh-2"), "101-н");
        pair(most(bySchool, "mil-lyceum-7"), young(bySchool, "mil-kurskaya"), "102-н");
        pair(most(bySchool, "mil-sosh-4"), young(bySchool, "mil-sosh-4"), "15");
        pair(most(bySchool, "mil-sosh-1"), young(bySchool, "mil-sosh-1"), "23");
    }

    private void pair(Teacher mentor, Teacher mentee, String order) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mentorId", mentor.id());
        body.put("menteeIds", List.of(mentee.id()));
        body.put("form", "TEACHER_TEACHER");
        body.put("interactionModel", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST");
        body.put("kind", "TRADITIONAL");
        body.put("orderNumber", order);
        body.put("orderDate", "2025-09-10");
        body.put("startDate", "2025-09-15");
        body.put("endDate", "2026-05-31");
        PlatformClient.Response created = client.postJson("coordinator", "/api/registry/pairs", json(body));
        expect(created, "pair " + order, 201);
        programme(created.json().get("id").asString(), order);
    }

    /**
     * The pair's individual programme with the forms of support of seed 002 (собеседование, открытый
     * урок, взаимопосещение уроков, консультация), the first ones done: the note's «формы работы в
     * ходе сопровождения» count them.
     */
    private void programme(String pairId, String order) {
        List<Map<String, Object>> events = List.of(
                event("2025-09-22", "Собеседование", "Выявлены затруднения молодого педагога", true),
                event("2025-10-15", "Открытый урок наставника", "Молодой педагог увидел приёмы работы с классом", true),
                event("2025-11-19", "Взаимопосещение уроков", "Разобраны посещённые уроки", !"15".equals(order)),
                event("2025-12-10", "Консультация по подготовке к ОГЭ", "Составлен план подготовки", false));
        Map<String, Object> programme = new LinkedHashMap<>();
        programme.put("goals", List.of("Адаптация молодого специалиста в коллективе", "Развитие методических компетенций"));
        programme.put("difficulties", List.of("Организация работы с неуспевающими обучающимися"));
        programme.put("events", events);
        expect(client.putJson("coordinator", "/api/registry/pairs/" + pairId + "/programme", json(programme)),
                "programme of pair " + order, 200);
    }

    private static Map<String, Object> event(String date, String event, String result, boolean done) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("date", date);
        e.put("event", event);
        e.put("expectedResult", result);
        e.put("done", done);
        return e;
    }

    private static Teacher most(Map<String, List<Teacher>> bySchool, String school) {
        return bySchool.get(school).stream().max(Comparator.comparingInt(Teacher::experience)).orElseThrow();
    }

    private static Teacher young(Map<String, List<Teacher>> bySchool, String school) {
        return bySchool.get(school).stream().min(Comparator.comparingInt(Teacher::experience)).orElseThrow();
    }

    private static String json(Object o) {
        return PlatformClient.json(o);
    }

    private static void expect(PlatformClient.Response r, String what, int... ok) {
        for (int status : ok) {
            if (r.status() == status) {
                return;
            }
        }
        throw new IllegalStateException("demo registry data: " + what + " -> " + r.status() + " " + r.body());
    }
}
