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
 * of three schools, and the municipality's plan of events with its first events done. The answers
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

    private void plan() {
        PlatformClient.Response created = client.postJson("coordinator", "/api/monitoring/plans",
                PlatformClient.json(Map.of("programmeYear", YEAR)));
        expect(created, "plan of events", 201);
        String plan = created.json().get("plan").get("id").asString();
        JsonNode events = client.get("coordinator", "/api/monitoring/plans/" + plan).json().get("events");
        for (int i = 0; i < 5; i++) {
            String body = PlatformClient.json(Map.of("status", "DONE", "evidence", "Протокол № " + (i + 1) + " от " + (10 + i) + ".10.2025"));
            expect(client.send(client.request("coordinator", "/api/monitoring/plans/" + plan + "/events/" + events.get(i).get("id").asString())
                    .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(body))),
                    "event " + i, 200);
        }
    }

    private static void expect(PlatformClient.Response r, String what, int ok) {
        if (r.status() != ok) {
            throw new IllegalStateException("demo monitoring data: " + what + " -> " + r.status() + " " + r.body());
        }
    }
}
