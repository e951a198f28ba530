package ru.mentoring.e2e;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.HttpLoad;
import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's benchmark, not a test of speed. Four programme years of the demo district's 22
 * schools, 6,534 respondents a year who answer before and after: 52,272 questionnaires submitted
 * through the gateway by 20 concurrent callers over their personal links (the submission rate is
 * the first figure), just over a million stored answers; then the municipality's personal assessment,
 * targets and dynamics read through the gateway with the coordinator's token (the latency is the
 * second). Runs only when asked (docs/benchmarks.md):
 * {@code ./mvnw -pl infra/e2e verify -Dit.test=MonitoringBenchmarkIT -Dbenchmark=true}
 */
class MonitoringBenchmarkIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int[] YEARS = {2019, 2020, 2021, 2022};
    static final int MENTEES_PER_SCHOOL = 237;
    static final int MENTORS_PER_SCHOOL = 60;

    @Test
    void aMillionAnswersSubmittedAndAggregatedThroughTheGateway() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "benchmark runs only with -Dbenchmark=true");
        PlatformClient client = E2EPlatform.client();
        List<String> schools = schools(client);
        Map<String, JsonNode> forms = forms(client);
        List<String[]> links = openRounds(client, schools, forms);

        Random random = new Random(11);
        List<String> bodies = new ArrayList<>();
        long answers = 0;
        for (String[] link : links) {
            List<Map<String, Object>> values = answers(forms.get(link[1]), random, link[1].endsWith("AFTER"));
            answers += values.size();
            bodies.add(JSON.writeValueAsString(Map.of("answers", values)));
        }
        HttpLoad.Result submissions = HttpLoad.run(client, 20, Duration.ofMinutes(30), links.size(),
                i -> client.request(null, links.get(i)[0]).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))));
        System.out.printf("MONITORING BENCHMARK: %d submissions carrying %d answers, 20 callers: %s%n", links.size(), answers,
                submissions);
        assertThat(submissions.errors()).isZero();

        int latest = YEARS[YEARS.length - 1];
        for (String path : new String[] {
                "/api/monitoring/assessment?programmeYear=" + latest,
                "/api/monitoring/targets?programmeYear=" + latest,
                "/api/monitoring/dynamics?programmeYear=" + latest,
                "/api/monitoring/assessment?programmeYear=" + latest + "&schoolCode=" + schools.get(0),
        }) {
            PlatformClient.Response first = client.get("coordinator", path);
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            HttpLoad.Result reads = HttpLoad.run(client, 1, Duration.ofMinutes(2), 20, i -> client.request("coordinator", path).GET());
            System.out.printf("MONITORING BENCHMARK: %s, one caller: %s%n", path, reads);
            assertThat(reads.errors()).isZero();
        }
        JsonNode assessment = client.get("coordinator", "/api/monitoring/assessment?programmeYear=" + latest).json();
        System.out.println("MONITORING BENCHMARK: mentees in " + latest + ": " + assessment.get("tables").get(0).get("respondents"));
    }

    static List<String> schools(PlatformClient client) {
        List<String> schools = new ArrayList<>();
        client.get("coordinator", "/api/registry/schools").json().forEach(s -> schools.add(s.get("code").asString()));
        return schools;
    }

    static Map<String, JsonNode> forms(PlatformClient client) {
        Map<String, JsonNode> forms = new LinkedHashMap<>();
        for (String template : new String[] {"MENTEE_BEFORE", "MENTOR_BEFORE", "MENTEE_AFTER", "MENTOR_AFTER"}) {
            forms.put(template, client.get("coordinator", "/api/monitoring/questionnaires/" + template).json());
        }
        return forms;
    }

    /**
     * The before and after rounds of {@link #YEARS} in every school, opened through the gateway with
     * the coordinator's token; the same people answer before and after.
     *
     * @return each personal link with the template it answers
     */
    static List<String[]> openRounds(PlatformClient client, List<String> schools, Map<String, JsonNode> forms) {
        List<String[]> links = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int year : YEARS) {
            for (String school : schools) {
                List<String> mentees = people(MENTEES_PER_SCHOOL);
                List<String> mentors = people(MENTORS_PER_SCHOOL);
                for (String template : forms.keySet()) {
                    boolean mentee = template.startsWith("MENTEE");
                    links.addAll(open(client, year, school, template, mentee ? "MENTEE" : "MENTOR", mentee ? mentees : mentors));
                }
            }
        }
        System.out.printf("MONITORING BENCHMARK: %d rounds opened, %d personal links, in %.1f s%n",
                YEARS.length * schools.size() * forms.size(), links.size(), (System.nanoTime() - t0) / 1e9);
        return links;
    }

    private static List<String> people(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        return ids;
    }

    private static List<String[]> open(PlatformClient client, int year, String school, String template, String role,
            List<String> people) {
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("programmeYear", year);
        round.put("schoolCode", school);
        round.put("templateCode", template);
        round.put("validityDays", 30);
        round.put("respondents", people.stream().map(id -> Map.of("participantId", id, "role", role)).toList());
        PlatformClient.Response opened = client.postJson("coordinator", "/api/monitoring/rounds", JSON.writeValueAsString(round));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        List<String[]> links = new ArrayList<>();
        opened.json().get("links").forEach(l -> links.add(new String[] {l.get("path").asString(), template}));
        return links;
    }

    private static List<Map<String, Object>> answers(JsonNode form, Random random, boolean after) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode item : form.get("items")) {
            Object value = switch (item.get("type").asString()) {
                case "YES_NO" -> random.nextBoolean();
                case "SCALE_1_10" -> after ? 5 + random.nextInt(6) : 2 + random.nextInt(7);
                case "FREQUENCY" -> item.get("options").get(random.nextInt(item.get("options").size())).asString();
                default -> "Ответ " + random.nextInt(1000);
            };
            answers.add(Map.of("itemKey", item.get("key").asString(), "value", value));
        }
        return answers;
    }
}
