package ru.mentoring.e2e;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 5's "done when", through the gateway with real tokens: a coordinator opens the before and
 * after rounds, four teachers of mil-sosh-3 answer through their links, and the personal
 * assessment, the dynamics, the targets, stage 1, the plan of events and the information note show
 * those answers; each read is confined to the caller's school or municipality. Programme year 2027
 * belongs to this class alone, so the figures are exact.
 */
class MonitoringIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int YEAR = 2027;
    static final String SCHOOL = "mil-sosh-3";
    static final String FREE_TEXT = "Хочу научиться вести уроки в трудном классе";
    static final int[] BEFORE = {3, 4, 5, 6};
    static final int AFTER = 8;

    static PlatformClient client;
    static List<String> mentees = new ArrayList<>();

    @BeforeAll
    static void roundsAnswered() {
        client = E2EPlatform.client();
        JsonNode people = client.get("coordinator", "/api/registry/schools/" + SCHOOL + "/participants").json();
        for (JsonNode p : people) {
            if ("TEACHER".equals(p.get("kind").asString()) && mentees.size() < BEFORE.length) {
                mentees.add(p.get("id").asString());
            }
        }
        assertThat(mentees).hasSize(BEFORE.length);
        List<String> before = open("MENTEE_BEFORE");
        List<String> after = open("MENTEE_AFTER");
        for (int i = 0; i < mentees.size(); i++) {
            answer(before.get(i), BEFORE[i]);
            answer(after.get(i), AFTER);
        }
    }

    /** Opens a round for the four mentees; the links in the order of {@link #mentees}. */
    static List<String> open(String template) {
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("programmeYear", YEAR);
        round.put("schoolCode", SCHOOL);
        round.put("templateCode", template);
        round.put("validityDays", 7);
        round.put("respondents", mentees.stream().map(id -> Map.of("participantId", id, "role", "MENTEE")).toList());
        PlatformClient.Response opened = client.postJson("coordinator", "/api/monitoring/rounds", JSON.writeValueAsString(round));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        List<String> paths = new ArrayList<>();
        for (String id : mentees) {
            for (JsonNode link : opened.json().get("links")) {
                if (link.get("participantId").asString().equals(id)) {
                    paths.add(link.get("path").asString());
                }
            }
        }
        return paths;
    }

    static void answer(String path, int scale) {
        JsonNode form = client.get(null, path).json();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode item : form.get("items")) {
            Object value = switch (item.get("type").asString()) {
                case "YES_NO" -> true;
                case "SCALE_1_10" -> scale;
                case "FREQUENCY" -> item.get("options").get(0).asString();
                default -> FREE_TEXT;
            };
            answers.add(Map.of("itemKey", item.get("key").asString(), "value", value));
        }
        PlatformClient.Response sent = client.send(client.request(null, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("answers", answers)))));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    }

    @Test
    void thePersonalAssessmentCountsTheAnswersOfTheSchool() {
        JsonNode a = client.get("coordinator", "/api/monitoring/assessment?programmeYear=" + YEAR + "&schoolCode=" + SCHOOL).json();
        JsonNode mentee = table(a, "MENTEE");
        assertThat(mentee.get("respondents").asLong()).isEqualTo(4);
        assertThat(mentee.get("satisfiedWithJointWork").asLong()).isEqualTo(4);
        assertThat(mentee.get("satisfiedWithResult").asLong()).isEqualTo(4);
        assertThat(mentee.get("satisfiedWithJointWorkPercent").asDouble()).isEqualTo(100.0);
        assertThat(mentee.get("characteristics")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.get("marked").asLong()).isEqualTo(4));

        // the school administrator reads the same figures for their own school
        JsonNode own = client.get("admin-" + SCHOOL, "/api/monitoring/assessment?programmeYear=" + YEAR).json();
        assertThat(table(own, "MENTEE").get("respondents").asLong()).isEqualTo(4);
    }

    @Test
    void theAssessmentOfAnotherSchoolOrMunicipalityIsNotFound() {
        String path = "/api/monitoring/assessment?programmeYear=" + YEAR + "&schoolCode=" + SCHOOL;
        PlatformClient.Response otherSchool = client.get("admin-mil-sosh-2", path);
        assertThat(otherSchool.status()).isEqualTo(404);
        assertThat(otherSchool.header("Content-Type")).startsWith("application/problem+json");
        assertThat(client.get("coordinator-other", path).status()).isEqualTo(404);
        // another school's own view of the year has nobody in it
        JsonNode mine = client.get("admin-mil-sosh-2", "/api/monitoring/assessment?programmeYear=" + YEAR).json();
        assertThat(table(mine, "MENTEE").get("respondents").asLong()).isZero();
    }

    @Test
    void theDepartmentViewerReadsFiguresButNeverAPersonsAnswers() {
        PlatformClient.Response a = client.get("department", "/api/monitoring/assessment?programmeYear=" + YEAR);
        assertThat(a.status()).isEqualTo(200);
        // four respondents: fewer than five, so the viewer gets no figure (SmallCellsIT); the coordinator gets 4
        assertThat(table(a.json(), "MENTEE").get("respondents").isNull()).isTrue();
        assertThat(table(a.json(), "MENTEE").get("suppressed").asBoolean()).isTrue();
        assertThat(table(client.get("coordinator", "/api/monitoring/assessment?programmeYear=" + YEAR).json(), "MENTEE")
                .get("respondents").asLong()).isEqualTo(4);
        assertThat(a.body()).doesNotContain(FREE_TEXT).doesNotContain(mentees.get(0));
        PlatformClient.Response d = client.get("department", "/api/monitoring/dynamics?programmeYear=" + YEAR);
        assertThat(d.status()).isEqualTo(200);
        assertThat(d.body()).doesNotContain(FREE_TEXT).doesNotContain(mentees.get(0));
        // rounds hold who answered: not for the viewer
        assertThat(client.get("department", "/api/monitoring/rounds").status()).isEqualTo(403);
    }

    @Test
    void theDynamicsComparesBeforeAndAfterWithTheWilcoxonTest() {
        JsonNode d = client.get("coordinator", "/api/monitoring/dynamics?programmeYear=" + YEAR + "&schoolCode=" + SCHOOL).json();
        JsonNode mentee = table(d, "MENTEE");
        assertThat(mentee.get("people").asLong()).isEqualTo(4);
        assertThat(mentee.get("items")).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("pairs").asInt()).isEqualTo(4);
            assertThat(item.get("meanBefore").asDouble()).isEqualTo(4.5);
            assertThat(item.get("meanAfter").asDouble()).isEqualTo(8.0);
            assertThat(item.get("change").asDouble()).isEqualTo(3.5);
            assertThat(item.get("improved").asInt()).isEqualTo(4);
            // four positive differences, exact two-sided p = 2/16
            assertThat(item.get("pValue").asDouble()).isCloseTo(0.125, within(1e-9));
            assertThat(item.get("significant").asBoolean()).isFalse();
        });
    }

    @Test
    void theTargetsShowSatisfactionFromTheAnswersAndTeacherCountsFromTheRegistry() {
        JsonNode school = client.get("coordinator", "/api/monitoring/targets?programmeYear=" + YEAR + "&schoolCode=" + SCHOOL).json();
        JsonNode satisfaction = target(school, "MENTEE_SATISFACTION");
        assertThat(satisfaction.get("value").asDouble()).isEqualTo(100.0);
        assertThat(satisfaction.get("met").asBoolean()).isTrue();

        JsonNode municipality = client.get("coordinator", "/api/monitoring/targets?programmeYear=" + YEAR).json();
        assertThat(municipality.get("municipalityCode").asString()).isEqualTo("millerovo");
        assertThat(municipality.get("schools").size()).isEqualTo(22);
        // read from the registry with monitoring's own client-credentials token
        JsonNode mentors = target(municipality, "TEACHERS_AS_MENTORS");
        assertThat(mentors.get("unavailableReason").isNull()).as(mentors.toString()).isTrue();
        assertThat(mentors.get("value").isNumber()).isTrue();

        assertThat(client.get("admin-mil-sosh-2", "/api/monitoring/targets?programmeYear=" + YEAR + "&schoolCode=" + SCHOOL).status())
                .isEqualTo(404);
    }

    @Test
    void theDemoYearsCompetencyTargetCountsTeachersOfShnorOnlyAndTheShnorFallIsAlsoMeasuredAgainst2023() {
        int demoYear = 2025;
        JsonNode targets = client.get("coordinator", "/api/monitoring/targets?programmeYear=" + demoYear).json();
        // the registry's schools of the municipality (the targets' lines), ШНОР by the classification the coordinator reads
        Set<String> municipal = new TreeSet<>();
        targets.get("schools").forEach(s -> municipal.add(s.get("schoolCode").asString()));
        Set<String> low2025 = lowResults(demoYear);
        low2025.retainAll(municipal);
        Set<String> low2023 = lowResults(2023);
        low2023.retainAll(municipal);

        // no official list is loaded for 2025: the computed classification decides, and the basis says so
        JsonNode competency = target(targets, "COMPETENCY_RISE");
        JsonNode basis = competency.get("basis");
        assertThat(basis.get("lowResultsList").asString()).startsWith("рассчитанная классификация 2025 года");
        assertThat(names(basis.get("lowResultSchools"))).isEqualTo(low2025);
        // the teachers with both scores, read per school from the competency summary, split by the classification
        long ofLow = 0;
        long others = 0;
        for (JsonNode s : client.get("coordinator", "/api/monitoring/competency-scores/summary?programmeYear=" + demoYear)
                .json().get("bySchool")) {
            if (low2025.contains(s.get("schoolCode").asString())) {
                ofLow += s.get("paired").asLong();
            } else {
                others += s.get("paired").asLong();
            }
        }
        assertThat(others).as("the demo has tested teachers outside ШНОР").isPositive();
        assertThat(basis.get("teachersWithBoth").asLong()).isEqualTo(ofLow);
        assertThat(basis.get("teachersOfOtherSchools").asLong()).isEqualTo(others);

        // «Снизить количество ШНОР на 50%»: 2025 against the programme's first year, beside the yearly fall
        JsonNode programme = target(targets, "LOW_RESULT_SCHOOLS_PROGRAMME_DECLINE");
        assertThat(programme.get("target").asDouble()).isEqualTo(50.0);
        assertThat(programme.get("basis").get("firstYear").asInt()).isEqualTo(2023);
        assertThat(programme.get("basis").get("lowResultSchoolsFirstYear").asInt()).isEqualTo(low2023.size());
        assertThat(programme.get("basis").get("lowResultSchoolsThisYear").asInt()).isEqualTo(low2025.size());
        assertThat(low2023).as("the demo's municipality has ШНОР in 2023").isNotEmpty();
        assertThat(programme.get("value").asDouble()).isCloseTo(
                Math.round(1000.0 * (low2023.size() - low2025.size()) / low2023.size()) / 10.0, within(1e-9));
        assertThat(target(targets, "LOW_RESULT_SCHOOLS_DECLINE").get("target").asDouble()).isEqualTo(40.0);
    }

    /** The municipality's schools with LOW_RESULTS in the computed classification of the year, as the coordinator reads it. */
    private static Set<String> lowResults(int year) {
        Set<String> low = new TreeSet<>();
        for (JsonNode school : client.get("coordinator", "/api/index/years/" + year + "/classification").json()) {
            for (JsonNode status : school.get("statuses")) {
                if ("LOW_RESULTS".equals(status.asString())) {
                    low.add(school.get("schoolCode").asString());
                }
            }
        }
        return low;
    }

    /**
     * A round opened from the registry's pairs (the demo's pair of mil-sosh-4 runs 15.09.2025–31.05.2026):
     * the monitoring service reads the pairs with its own service token, and asks exactly the school's
     * mentees of the year's pairs the coordinator sees in the registry, each with their pair's form
     * and model. An after-round while a pair is at its first stage needs the coordinator's reason.
     */
    @Test
    void aRoundFromTheRegistrysPairsAsksTheSchoolsMenteesOfTheYearsPairs() {
        String school = "mil-sosh-4";
        int year = 2025;
        Set<String> expected = new TreeSet<>();
        boolean anyAtFirstStage = false;
        for (JsonNode pair : client.get("coordinator", "/api/registry/pairs?schoolCode=" + school + "&size=200").json().get("items")) {
            String end = pair.hasNonNull("endedOn") ? pair.get("endedOn").asString() : pair.get("endDate").asString();
            // programme year Y is the school year 01.09.Y–31.08.Y+1
            boolean ran = pair.get("startDate").asString().compareTo((year + 1) + "-08-31") <= 0 && end.compareTo(year + "-09-01") >= 0;
            if (!ran || "TERMINATED".equals(pair.get("status").asString())) {
                continue;
            }
            anyAtFirstStage |= "PREPARATORY".equals(pair.get("status").asString());
            for (JsonNode m : pair.get("mentees")) {
                if (school.equals(m.path("schoolCode").asString(""))) {
                    expected.add(m.get("participantId").asString());
                }
            }
        }
        assertThat(expected).as("the demo's pair of " + school).isNotEmpty();

        Map<String, Object> round = new LinkedHashMap<>(Map.of("programmeYear", year, "schoolCode", school,
                "templateCode", "MENTEE_BEFORE", "validityDays", 7, "fromPairs", true));
        PlatformClient.Response opened = client.postJson("coordinator", "/api/monitoring/rounds", JSON.writeValueAsString(round));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().get("round").get("fromPairs").asBoolean()).isTrue();
        Set<String> asked = new TreeSet<>();
        opened.json().get("links").forEach(l -> asked.add(l.get("participantId").asString()));
        assertThat(asked).isEqualTo(expected);
        JsonNode details = client.get("coordinator", "/api/monitoring/rounds/" + opened.json().get("round").get("id").asString())
                .json();
        details.get("respondents").forEach(r -> assertThat(r.get("interactionModelLabel").asString()).isNotBlank());

        round.put("templateCode", "MENTEE_AFTER");
        PlatformClient.Response after = client.postJson("coordinator", "/api/monitoring/rounds", JSON.writeValueAsString(round));
        if (anyAtFirstStage) {
            assertThat(after.status()).as(after.body()).isEqualTo(422);
            assertThat(after.body()).contains("overrideReason");
            round.put("overrideReason", "Проверка: наставляемый переходит в другую школу");
            after = client.postJson("coordinator", "/api/monitoring/rounds", JSON.writeValueAsString(round));
        }
        assertThat(after.status()).as(after.body()).isEqualTo(201);
        // the school's administrator cannot open one for another school
        assertThat(client.postJson("admin-mil-sosh-2", "/api/monitoring/rounds", JSON.writeValueAsString(round)).status())
                .isEqualTo(404);
    }

    /**
     * After monitoring (seed 001, 9.5): the coordinator recommends from this class's after-round, the
     * school's administrator records the decision, another school gets 404, the department viewer
     * reads the municipality's list.
     */
    @Test
    void theCoordinatorsRecommendationReachesTheSchoolWhichRecordsItsDecision() {
        String round = null;
        for (JsonNode r : client.get("coordinator", "/api/monitoring/rounds?programmeYear=" + YEAR + "&schoolCode=" + SCHOOL).json()) {
            if ("MENTEE_AFTER".equals(r.get("templateCode").asString())) {
                round = r.get("id").asString();
            }
        }
        assertThat(round).isNotNull();
        String body = JSON.writeValueAsString(Map.of("programmeYear", YEAR, "schoolCode", SCHOOL, "roundId", round,
                "text", "Провести для молодых педагогов серию открытых уроков наставников"));
        PlatformClient.Response created = client.postJson("coordinator", "/api/monitoring/recommendations", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("schoolName").asString()).isNotBlank().isNotEqualTo(SCHOOL);

        String decision = JSON.writeValueAsString(Map.of("decision", "Утвердить график открытых уроков",
                "dueDate", YEAR + "-03-01"));
        PlatformClient.Response decided = client.putJson("admin-" + SCHOOL, "/api/monitoring/recommendations/" + id + "/decision",
                decision);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("dueDate").asString()).isEqualTo(YEAR + "-03-01");
        assertThat(client.get("admin-mil-sosh-2", "/api/monitoring/recommendations/" + id).status()).isEqualTo(404);
        assertThat(client.putJson("admin-mil-sosh-2", "/api/monitoring/recommendations/" + id + "/decision", decision).status())
                .isEqualTo(404);
        JsonNode listed = client.get("department", "/api/monitoring/recommendations?programmeYear=" + YEAR).json();
        boolean found = false;
        for (JsonNode r : listed) {
            if (id.equals(r.get("id").asString())) {
                found = true;
                assertThat(r.get("decision").asString()).isEqualTo("Утвердить график открытых уроков");
                assertThat(r.hasNonNull("recommendedBy")).isFalse();
            }
        }
        assertThat(found).isTrue();
    }

    /** The codes of the schools a basis lists (each listed as its code and short name). */
    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach(n -> names.add(n.get("code").asString()));
        return names;
    }

    @Test
    void aSchoolWritesItsStageOneAndSwotAndTheDistrictViewGroupsIt() {
        String path = "/api/monitoring/stage1/" + YEAR + "/schools/" + SCHOOL;
        String body = """
                {"answers":[{"itemKey":"regulation_approved","value":true}],
                 "strengths":["Поддержка администрации"],"weaknesses":["Нехватка времени у молодых педагогов"],
                 "opportunities":["Сетевое взаимодействие"],"threats":["Текучесть кадров"]}""";
        assertThat(client.putJson("admin-mil-sosh-2", path, body).status()).isEqualTo(404);
        assertThat(client.putJson("department", path, body).status()).isEqualTo(403);
        PlatformClient.Response written = client.putJson("admin-" + SCHOOL, path, body);
        assertThat(written.status()).as(written.body()).isEqualTo(200);

        JsonNode district = client.get("coordinator", "/api/monitoring/stage1/" + YEAR + "/district").json();
        assertThat(district.get("schoolsReported").toString()).contains(SCHOOL);
        assertThat(district.get("swot").toString()).contains("Поддержка администрации").contains("Текучесть кадров");
        assertThat(client.get("admin-" + SCHOOL, "/api/monitoring/stage1/" + YEAR + "/district").status()).isEqualTo(403);
        assertThat(client.get("admin-mil-sosh-2", path).status()).isEqualTo(404);
    }

    @Test
    void aPlanOfEventsStartsFromTheSeedAndShowsOverdueEvents() {
        // the 2024/25 programme year is over: every event not done whose month has passed is overdue
        PlatformClient.Response created = client.postJson("coordinator", "/api/monitoring/plans", "{\"programmeYear\":2024}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String plan = created.json().get("plan").get("id").asString();
        JsonNode full = client.get("coordinator", "/api/monitoring/plans/" + plan).json();
        assertThat(full.get("events").size()).isEqualTo(40);
        String first = full.get("events").get(0).get("id").asString();
        long overdueBefore = full.get("plan").get("overdue").asLong();
        assertThat(overdueBefore).isGreaterThan(30);

        PlatformClient.Response done = client.send(client.request("coordinator", "/api/monitoring/plans/" + plan + "/events/" + first)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"status\":\"DONE\",\"evidence\":\"Протокол совещания № 1\"}")));
        assertThat(done.status()).as(done.body()).isEqualTo(200);

        JsonNode overdue = client.get("department", "/api/monitoring/plans/" + plan + "?overdue=true").json();
        assertThat(overdue.get("plan").get("overdue").asLong()).isEqualTo(overdueBefore - 1);
        assertThat(overdue.get("events").toString()).doesNotContain(first);
        assertThat(client.postJson("coordinator", "/api/monitoring/plans", "{\"programmeYear\":2024}").status()).isEqualTo(409);
        assertThat(client.get("coordinator-other", "/api/monitoring/plans/" + plan).status()).isEqualTo(404);
    }

    @Test
    void theInformationNoteOpensAsDocxPdfAndXlsxAndHoldsTheFigures() throws Exception {
        String path = "/api/monitoring/reports/note?programmeYear=" + YEAR + "&schoolCode=" + SCHOOL + "&format=";
        PlatformClient.Response docx = client.get("admin-" + SCHOOL, path + "docx");
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.header("Content-Disposition")).contains(URLEncoder.encode("Справка", StandardCharsets.UTF_8));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.raw().body()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("Информационная справка по итогам мониторинга")
                    .contains("Личностная оценка наставляемых")
                    .contains("Всего участников – 4. Из них: довольны совместной работой – 4")
                    .doesNotContain(FREE_TEXT);
        }

        PlatformClient.Response pdf = client.get("coordinator", path + "pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.raw().body())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Информационная справка по итогам мониторинга")
                    .contains("Всего участников – 4.");
        }

        PlatformClient.Response xlsx = client.get("department", path + "xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.raw().body()))) {
            assertThat(book.getNumberOfSheets()).isGreaterThan(1);
        }

        assertThat(client.get("admin-mil-sosh-2", path + "pdf").status()).isEqualTo(404);
        PlatformClient.Response badFormat = client.get("coordinator", path + "odt");
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.body()).contains("format");
    }

    @Test
    void theAssessmentIsAlsoAWorkbook() throws Exception {
        PlatformClient.Response xlsx = client.send(client.request("coordinator",
                        "/api/monitoring/assessment?programmeYear=" + YEAR + "&schoolCode=" + SCHOOL)
                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").GET());
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.raw().body()))) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell).append('|')));
            assertThat(all).contains("Личностная оценка наставляемых");
        }
    }

    private static JsonNode table(JsonNode report, String role) {
        for (JsonNode t : report.get("tables")) {
            if (role.equals(t.get("role").asString())) {
                return t;
            }
        }
        throw new AssertionError("no table for " + role + " in " + report);
    }

    private static JsonNode target(JsonNode report, String code) {
        for (JsonNode t : report.get("targets")) {
            if (code.equals(t.get("code").asString())) {
                return t;
            }
        }
        throw new AssertionError("no target " + code + " in " + report);
    }
}
