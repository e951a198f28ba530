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
 * activities, the first five with a place and done), two schools' own roadmaps, seven pupils of
 * МБОУ СОШ №4 in a «учитель – ученик» group with their indicators before and after, and the year
 * before's recommendations (one on a 2024 after-round, one without a round) with a decision. The answers
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
        // last: what follows draws from the same random sequence, so everything above stays as it was
        learners();
        lastYearsRecommendations();
    }

    /** The school whose pupils are mentored in a «учитель – ученик» group (seed 003's learners' results). */
    static final String PUPILS_SCHOOL = "mil-sosh-4";

    /**
     * Seven pupils of МБОУ СОШ №4 in a «учитель – ученик» group of the year (parents' consents given),
     * and their indicators before and after (seed 003: marks, lessons missed, registers, clubs). By
     * hand: marks rose for six of seven and did not change for one (exact p = 2/2⁶ = 0,031: a
     * significant rise); three pupils were on a register before, none after (p = 0,25); clubs 2 → 6
     * (four started, p = 0,125): so one learners' target is met and two are not.
     */
    private void learners() {
        String[][] pupils = {
                // last name, first name, mark before, after, absences before, after, register before, after, club before, after
                {"Акимов", "Денис", "3,2", "3,6", "14", "9", "да", "нет", "нет", "да"},
                {"Белова", "Алина", "3,5", "3,9", "10", "8", "нет", "нет", "нет", "да"},
                {"Воронин", "Кирилл", "2,9", "3,4", "22", "15", "да", "нет", "нет", "да"},
                {"Гришина", "Полина", "3,8", "4,1", "6", "6", "нет", "нет", "да", "да"},
                {"Дьяков", "Артём", "3,1", "3,3", "12", "10", "нет", "нет", "нет", "нет"},
                {"Ершова", "Дарья", "3,4", "3,4", "8", "9", "нет", "нет", "да", "да"},
                {"Жуков", "Максим", "3,0", "3,5", "18", "12", "да", "нет", "нет", "да"}};
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < pupils.length; i++) {
            Map<String, Object> pupil = new LinkedHashMap<>();
            pupil.put("externalKey", "S-%03d".formatted(i + 1));
            pupil.put("kind", "STUDENT");
            pupil.put("lastName", pupils[i][0]);
            pupil.put("firstName", pupils[i][1]);
            pupil.put("grade", 7);
            PlatformClient.Response created = client.postJson("coordinator", "/api/registry/schools/" + PUPILS_SCHOOL + "/participants",
                    PlatformClient.json(pupil));
            expect(created, "pupil " + i, 201);
            String id = created.json().get("id").asString();
            expect(client.postJson("coordinator", "/api/registry/participants/" + id + "/consents", PlatformClient.json(Map.of(
                    "givenOn", "2025-09-01", "documentRef", "Согласие родителя № %d от 01.09.2025, хранится в ОО".formatted(i + 1),
                    "givenBy", "Родитель (законный представитель)"))), "consent of pupil " + i, 201);
            ids.add(id);
        }
        // the group's mentor: a teacher of the school who is not the mentor or mentee of its teachers' pair
        List<Person> teachers = new ArrayList<>();
        for (JsonNode p : client.get("coordinator", "/api/registry/schools/" + PUPILS_SCHOOL + "/participants").json()) {
            if ("TEACHER".equals(p.get("kind").asString())) {
                teachers.add(new Person(p.get("id").asString(), p.get("experienceYears").asInt()));
            }
        }
        teachers.sort(Comparator.comparingInt(Person::experience).reversed());
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("mentorId", teachers.get(1).id());
        pair.put("menteeIds", ids);
        pair.put("form", "TEACHER_STUDENT");
        pair.put("interactionModel", "TEACHER_UNDERACHIEVING_STUDENT");
        pair.put("kind", "GROUP");
        pair.put("orderNumber", "16");
        pair.put("orderDate", "2025-09-10");
        pair.put("startDate", "2025-09-15");
        pair.put("endDate", "2026-05-31");
        expect(client.postJson("coordinator", "/api/registry/pairs", PlatformClient.json(pair)), "pupils' group", 201);
        StringBuilder csv = new StringBuilder("participant_id;school_code;programme_year;stage;average_mark;absences;on_register;in_club\n");
        for (int i = 0; i < pupils.length; i++) {
            String[] v = pupils[i];
            csv.append(String.join(";", ids.get(i), PUPILS_SCHOOL, "" + YEAR, "до", v[2], v[4], v[6], v[8])).append('\n');
            csv.append(String.join(";", ids.get(i), PUPILS_SCHOOL, "" + YEAR, "после", v[3], v[5], v[7], v[9])).append('\n');
        }
        expect(client.post("coordinator", "/api/monitoring/learners", "text/csv",
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "learners' indicators", 201);
    }

    /**
     * The year before (2024): МБОУ СОШ №4's mentees answered an after-form, the coordinator recommended
     * on it, the school decided and carried it out; МБОУ Курская ООШ got a recommendation without a
     * round and has not decided. The 2025 note tells what came of them.
     */
    private void lastYearsRecommendations() {
        String school = "mil-sosh-4";
        List<Person> people = new ArrayList<>();
        for (JsonNode p : client.get("coordinator", "/api/registry/schools/" + school + "/participants").json()) {
            if ("TEACHER".equals(p.get("kind").asString())) {
                people.add(new Person(p.get("id").asString(), p.get("experienceYears").asInt()));
            }
        }
        people.sort(Comparator.comparingInt(Person::experience).reversed());
        Map<String, String> links = open(school, "MENTEE_AFTER", "MENTEE", people.subList(1, people.size()), YEAR - 1);
        String round = null;
        for (JsonNode r : client.get("coordinator", "/api/monitoring/rounds?programmeYear=" + (YEAR - 1) + "&schoolCode=" + school).json()) {
            round = r.get("id").asString();
        }
        // lower answers than the year after: before-scores of 3..5 plus 0..3
        Map<String, Integer> before = new LinkedHashMap<>();
        links.keySet().forEach(id -> before.put(id + "/joint_work_satisfaction", 3 + random.nextInt(3)));
        answerAll(links, before, 0, true);
        Map<String, Object> recommendation = new LinkedHashMap<>();
        recommendation.put("programmeYear", YEAR - 1);
        recommendation.put("schoolCode", school);
        recommendation.put("text", "Организовать открытые уроки наставников и разбор уроков молодых педагогов");
        recommendation.put("roundId", round);
        PlatformClient.Response recommended = client.postJson("coordinator", "/api/monitoring/recommendations",
                PlatformClient.json(recommendation));
        expect(recommended, "recommendation of " + (YEAR - 1), 201);
        expect(client.putJson("admin-" + school, "/api/monitoring/recommendations/" + recommended.json().get("id").asString()
                        + "/decision", PlatformClient.json(Map.of("decision", "Включить открытые уроки наставников в план методической работы",
                        "dueDate", "2025-05-31", "doneOn", "2025-05-20"))), "decision of " + school, 200);
        expect(client.postJson("coordinator", "/api/monitoring/recommendations", PlatformClient.json(Map.of(
                "programmeYear", YEAR - 1, "schoolCode", "mil-kurskaya",
                "text", "Закрепить наставника за молодым педагогом приказом по школе"))), "recommendation without a round", 201);
    }

    /** Opens a round of the demo's year; the links keyed by participant id. */
    private Map<String, String> open(String school, String template, String role, List<Person> people) {
        return open(school, template, role, people, YEAR);
    }

    private Map<String, String> open(String school, String template, String role, List<Person> people, int year) {
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("programmeYear", year);
        round.put("schoolCode", school);
        round.put("templateCode", template);
        round.put("validityDays", 30);
        // the demo's rounds ask teachers of «педагог – педагог» pairs: the note's stage 2 has its findings per form
        round.put("form", "TEACHER_TEACHER");
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
