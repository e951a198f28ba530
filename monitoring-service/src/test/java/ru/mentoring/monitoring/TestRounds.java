package ru.mentoring.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Opening rounds and filling forms the way a client would, through the API. */
public final class TestRounds {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public record Link(UUID respondentId, UUID participantId, String token) {

        public String path() {
            return "/api/monitoring/public/answers/" + token;
        }
    }

    public record Round(UUID id, List<Link> links) {
    }

    private TestRounds() {
    }

    public static String request(int year, String school, String template, String role, int people) {
        List<Map<String, Object>> respondents = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            respondents.add(Map.of("participantId", UUID.randomUUID().toString(), "role", role,
                    "pairId", UUID.randomUUID().toString()));
        }
        return JSON.writeValueAsString(Map.of("programmeYear", year, "schoolCode", school, "templateCode", template,
                "validityDays", 14, "respondents", respondents));
    }

    public static Round open(MockMvc mvc, RequestPostProcessor caller, String school, String template, String role,
            int people) throws Exception {
        String body = mvc.perform(post("/api/monitoring/rounds").with(caller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request(2026, school, template, role, people)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> links = JsonPath.read(body, "$.links");
        return new Round(UUID.fromString(JsonPath.read(body, "$.round.id")), links.stream()
                .map(l -> new Link(UUID.fromString((String) l.get("respondentId")),
                        UUID.fromString((String) l.get("participantId")), (String) l.get("token")))
                .toList());
    }

    /**
     * Opens a round for the given people (so that the same person can answer before and after) of
     * a year, optionally for a form of mentoring.
     */
    public static Round open(MockMvc mvc, RequestPostProcessor caller, int year, String school, String template,
            String role, String form, List<UUID> participants) throws Exception {
        List<Map<String, Object>> respondents = new ArrayList<>();
        for (UUID participant : participants) {
            respondents.add(Map.of("participantId", participant.toString(), "role", role));
        }
        Map<String, Object> request = new LinkedHashMap<>(Map.of("programmeYear", year, "schoolCode", school,
                "templateCode", template, "validityDays", 14, "respondents", respondents));
        if (form != null) {
            request.put("form", form);
        }
        String body = mvc.perform(post("/api/monitoring/rounds").with(caller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(request)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> links = JsonPath.read(body, "$.links");
        return new Round(UUID.fromString(JsonPath.read(body, "$.round.id")), links.stream()
                .map(l -> new Link(UUID.fromString((String) l.get("respondentId")),
                        UUID.fromString((String) l.get("participantId")), (String) l.get("token")))
                .toList());
    }

    /** Answers through the link: the valid defaults of the template, with {@code overrides} on top. */
    public static void answer(MockMvc mvc, RequestPostProcessor reader, String template, Link link,
            Map<String, Object> overrides) throws Exception {
        Map<String, Object> answers = validAnswers(mvc, reader, template);
        answers.putAll(overrides);
        mvc.perform(post(link.path()).contentType(MediaType.APPLICATION_JSON).content(answersJson(answers)))
                .andExpect(status().isCreated());
    }

    /** A complete, valid set of answers to the template's latest version, by item type. */
    public static Map<String, Object> validAnswers(MockMvc mvc, RequestPostProcessor reader, String template) throws Exception {
        String body = mvc.perform(get("/api/monitoring/questionnaires/" + template).with(reader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> items = JsonPath.read(body, "$.items");
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Map<String, Object> item : items) {
            Object value = switch ((String) item.get("type")) {
                case "YES_NO" -> true;
                case "SCALE_1_10" -> 7;
                case "FREQUENCY" -> "часто";
                default -> "Ответ участника";
            };
            answers.put((String) item.get("key"), value);
        }
        return answers;
    }

    public static String answersJson(Map<String, Object> answers) {
        List<Map<String, Object>> list = new ArrayList<>();
        answers.forEach((key, value) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("itemKey", key);
            one.put("value", value);
            list.add(one);
        });
        return JSON.writeValueAsString(Map.of("answers", list));
    }
}
