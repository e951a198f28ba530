package ru.mentoring.launcher;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;

/**
 * Monitoring of the demo district's programme year 2025/26, through the gateway as the
 * coordinator and the participants would do it: before and after rounds in six schools answered
 * through the personal links (one mentee per school has not answered the after form yet, so the
 * curator's "pending" list is not empty), the teachers' competency test scores, stage 1 with SWOT
 * of three schools, the municipal mentoring centre and its work plan (the seed's 40 events with their
 * activities, the first five with a place and done), and two schools' own roadmaps. The answers
 * are drawn from a fixed seed: every demo run shows the same figures.
 */
final class DemoMonitoring {

    static final int YEAR = 2025;
    static final String[] SCHOOLS = {"mil-gymnasium-1", "mil-lyceum-7", "mil-sosh-1", "mil-sosh-2", "mil-sosh-4", "mil-kurskaya"};
    static final String[] WISHES = {"Больше открытых уроков наставника", "Разобрать подготовку к ОГЭ на примерах",
            "Помощь с классным руководством", "Совместно готовить рабочие программы"};

    private final PlatformClient client;
    private final Random random = new Random(2025);

    DemoMonitoring(PlatformClient client) {
        this.client = client;
    }

    record Person(String id, int experience) {
    }

    void load() {
        StringBuilder scores = new StringBuilder("participant_id,school_code,programme_year,stage,score\n");
        for (String school : SCHOOLS) {
            List<Person> people = new ArrayList<>();
            for (JsonNode p : client.get("coordinator", "/api/registry/schools/" + school + "/participants").json()) {
                people.add(new Person(p.get("id").asString(), p.get("experienceYears").asInt()));
            }
            people.sort(Comparator.comparingInt(Person::experience).reversed());
            List<Person> mentors = people.subList(0, 1);
            List<Person> mentees = people.subList(1, people.size());
            Map<String, Integer> before = new LinkedHashMap<>();
            answerAll(open(school, "MENTOR_BEFORE", "MENTOR", mentors), before, 0, false);
            answerAll(open(school, "MENTEE_BEFORE", "MENTEE", mentees), before, 0, false);
            answerAll(open(school, "MENTOR_AFTER", "MENTOR", mentors), before, 0, true);
            answerAll(open(school, "MENTEE_AFTER", "MENTEE", mentees), before, 1, true);
            for (Person mentee : mentees) {
                int start = 40 + random.nextInt(25);
                scores.append("%s,%s,%d,BEFORE,%d%n".formatted(mentee.id(), school, YEAR, start));
                scores.append("%s,%s,%d,AFTER,%d%n".formatted(mentee.id(), school, YEAR, start + random.nextInt(20)));
            }
        }
        expect(client.post("coordinator", "/api/monitoring/competency-scores", "text/csv",
                scores.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "competency scores", 201);
        stageOne();
        plan();
    }

    /** Opens a round; the links keyed by participant id. */
    private Map<String, String> open(String school, String template, String role, List<Person> people) {
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("programmeYear", YEAR);
        round.put("schoolCode", school);
        round.put("templateCode", template);
        round.put("validityDays", 30);
        round.put("respondents", people.stream().map(p -> Map.of("participantId", p.id(), "role", role)).toList());
        PlatformClient.Response opened = client.postJson("coordinator", "/api/monitoring/rounds", PlatformClient.json(round));
        expect(opened, "round " + template + " of " + school, 201);
        Map<String, String> links = new LinkedHashMap<>();
        for (JsonNode link : opened.json().get("links")) {
            links.put(link.get("participantId").asString(), link.get("path").asString());
        }
        return links;
    }

    /**
     * Answers every link but the last {@code leaveOut}; a scale answer after the programme is the
     * same person's answer before plus 0..3 (an item keeps its key in both forms), so the dynamics
     * show a rise.
     */
    private void answerAll(Map<String, String> links, Map<String, Integer> before, int leaveOut, boolean after) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(links.entrySet());
        for (Map.Entry<String, String> link : entries.subList(0, entries.size() - leaveOut)) {
            JsonNode form = client.get(null, link.getValue()).json();
            List<Map<String, Object>> answers = new ArrayList<>();
            for (JsonNode item : form.get("items")) {
                String key = item.get("key").asString();
                Object value = switch (item.get("type").asString()) {
                    case "YES_NO" -> random.nextInt(10) < 7;
                    case "SCALE_1_10" -> {
                        String person = link.getKey() + "/" + key;
                        int v = after ? Math.min(10, before.getOrDefault(person, 6) + random.nextInt(4))
                                : 3 + random.nextInt(5);
                        before.putIfAbsent(person, v);
                        yield v;
                    }
                    case "FREQUENCY" -> item.get("options").get(random.nextInt(Math.min(3, item.get("options").size()))).asString();
                    default -> item.get("required").asBoolean() || random.nextBoolean() ? WISHES[random.nextInt(WISHES.length)] : null;
                };
                if (value != null) {
                    answers.add(Map.of("itemKey", key, "value", value));
                }
            }
            PlatformClient.Response sent = client.send(client.request(null, link.getValue())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(PlatformClient.json(Map.of("answers", answers)))));
            expect(sent, "answer", 201);
        }
    }

    private void stageOne() {
        swot("mil-sosh-2", List.of("Поддержка администрации", "Опытные наставники из гимназии № 1"),
                List.of("Недостаток времени у молодых педагогов"), List.of("Сетевое взаимодействие с гимназией"),
                List.of("Текучесть кадров"));
        swot("mil-sosh-4", List.of("Поддержка администрации"), List.of("Недостаток времени у молодых педагогов",
                "Слабая материально-техническая база"), List.of("Курсы повышения квалификации"), List.of("Текучесть кадров"));
        swot("mil-kurskaya", List.of("Сплочённый коллектив"), List.of("Удалённость от районного центра"),
                List.of("Сетевое взаимодействие с лицеем № 7"), List.of("Отток молодых педагогов в город"));
    }

    private void swot(String school, List<String> strengths, List<String> weaknesses, List<String> opportunities,
            List<String> threats) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", List.of(Map.of("itemKey", "regulation_approved", "value", true),
                Map.of("itemKey", "beginners_with_mentors_percent", "value", 60 + random.nextInt(41)),
                Map.of("itemKey", "joint_work_quality", "value", 6 + random.nextInt(5))));
        body.put("strengths", strengths);
        body.put("weaknesses", weaknesses);
        body.put("opportunities", opportunities);
        body.put("threats", threats);
        expect(client.putJson("admin-" + school, "/api/monitoring/stage1/" + YEAR + "/schools/" + school,
                PlatformClient.json(body)), "stage 1 of " + school, 200);
    }

    /** Where the demo's centre holds its first events (seed 004: the centre works «на базе МБУ ДПО «МиРЦ»» or a school). */
    private static final String[] PLACES = {"МБУ ДПО «МиРЦ»", "Сайт МБУ ДПО «МиРЦ»", "МБУ ДПО «МиРЦ»", "МБУ ДПО «МиРЦ»",
            "МБОУ гимназия №1"};

    private void plan() {
        centre();
        PlatformClient.Response created = client.postJson("coordinator", "/api/monitoring/plans",
                PlatformClient.json(Map.of("programmeYear", YEAR)));
        expect(created, "plan of events", 201);
        String plan = created.json().get("plan").get("id").asString();
        JsonNode events = client.get("coordinator", "/api/monitoring/plans/" + plan).json().get("events");
        for (int i = 0; i < 5; i++) {
            String path = "/api/monitoring/plans/" + plan + "/events/" + events.get(i).get("id").asString();
            Map<String, Object> described = description(events.get(i));
            described.put("place", PLACES[i]);
            expect(client.putJson("coordinator", path, PlatformClient.json(described)), "place of event " + i, 200);
            String body = PlatformClient.json(Map.of("status", "DONE", "evidence", "Протокол № " + (i + 1) + " от " + (10 + i) + ".10.2025"));
            expect(patch("coordinator", path, body), "event " + i, 200);
        }
        roadmaps();
    }

    /** The demo's centre: its head and people are invented; the roles are the seed's. */
    private void centre() {
        Map<String, Object> centre = new LinkedHashMap<>();
        centre.put("name", "Муниципальный наставнический центр Миллеровского района");
        centre.put("headName", "Орлова Вера Ивановна");
        centre.put("headPosition", "специалист МУ Управление образования Миллеровского района");
        centre.put("staff", List.of(
                Map.of("fullName", "Гусев Павел Андреевич", "position", "заместитель директора МБОУ гимназии №1", "role", "MENTOR"),
                Map.of("fullName", "Белова Ирина Сергеевна", "position", "директор МБОУ лицея №7", "role", "MENTOR"),
                Map.of("fullName", "Зайцева Нина Олеговна", "position", "методист МБУ ДПО «МиРЦ»", "role", "CURATOR")));
        expect(client.putJson("coordinator", "/api/monitoring/centre", PlatformClient.json(centre)), "mentoring centre", 200);
    }

    /**
     * Schools' own roadmaps of the year, built by their administrators: МБОУ СОШ №4 with an overdue event,
     * МБОУ гимназия №1 with all done; every other school has none yet (the coordinator's table shows them first).
     */
    private void roadmaps() {
        roadmap("mil-sosh-4", new String[][] {
                {"1", "Приказ о внедрении целевой модели наставничества", "Сентябрь", "9", "Директор", "Издан приказ, утверждено положение", "DONE"},
                {"2.4", "Закрепление наставнических пар приказом", "Октябрь", "10", "Куратор школы", "Пары закреплены приказом", "DONE"},
                {"2.5", "Открытые уроки наставников для молодых педагогов", "Ноябрь", "11", "Куратор школы", "Проведены открытые уроки", "PLANNED"}});
        roadmap("mil-gymnasium-1", new String[][] {
                {"1", "Приказ о внедрении целевой модели наставничества", "Сентябрь", "9", "Директор", "Издан приказ", "DONE"},
                {"2.3", "Обучение наставников гимназии", "Октябрь", "10", "Заместитель директора", "Наставники обучены", "DONE"}});
    }

    private void roadmap(String school, String[][] events) {
        String admin = "admin-" + school;
        PlatformClient.Response created = client.postJson(admin, "/api/monitoring/plans",
                PlatformClient.json(Map.of("programmeYear", YEAR, "schoolCode", school)));
        expect(created, "roadmap of " + school, 201);
        String plan = created.json().get("plan").get("id").asString();
        for (String[] e : events) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("stage", e[0]);
            event.put("event", e[1]);
            event.put("monthText", e[2]);
            event.put("dueMonth", Integer.valueOf(e[3]));
            event.put("responsible", e[4]);
            event.put("expectedResult", e[5]);
            PlatformClient.Response added = client.postJson(admin, "/api/monitoring/plans/" + plan + "/events", PlatformClient.json(event));
            expect(added, "event of the roadmap of " + school, 201);
            if (e[6].equals("DONE")) {
                expect(patch(admin, "/api/monitoring/plans/" + plan + "/events/" + added.json().get("id").asString(),
                        PlatformClient.json(Map.of("status", "DONE", "evidence", "Приказ по школе"))), "done in " + school, 200);
            }
        }
    }

    /** An event's description as the plan's PUT takes it. */
    private static Map<String, Object> description(JsonNode e) {
        Map<String, Object> d = new LinkedHashMap<>();
        for (String field : List.of("stage", "event", "form", "monthText", "responsible", "expectedResult", "activity", "place")) {
            d.put(field, e.path(field).isNull() || e.path(field).isMissingNode() ? null : e.get(field).asString());
        }
        d.put("dueMonth", e.path("dueMonth").isNull() || e.path("dueMonth").isMissingNode() ? null : e.get("dueMonth").asInt());
        return d;
    }

    private PlatformClient.Response patch(String user, String path, String body) {
        return client.send(client.request(user, path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    private static void expect(PlatformClient.Response r, String what, int ok) {
        if (r.status() != ok) {
            throw new IllegalStateException("demo monitoring data: " + what + " -> " + r.status() + " " + r.body());
        }
    }
}
