package ru.mentoring.web.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.monitoring.MonitoringApi.AnswerView;
import ru.mentoring.web.monitoring.MonitoringApi.CuratorItem;
import ru.mentoring.web.monitoring.MonitoringApi.SchoolStage1;

/**
 * A school's stage-1 record as typed: the curator's answers by item key (text as typed) and the four
 * SWOT quadrants, one entry per line. Field names on the page: {@code a-<itemKey>}, and the
 * quadrants' names as the API has them.
 */
public record Stage1Form(Map<String, String> answers, String strengths, String weaknesses, String opportunities,
        String threats) {

    static final String ANSWER_PREFIX = "a-";
    private static final Pattern ANSWER_ERROR = Pattern.compile("answers\\[(\\d+)]\\.(value|itemKey)");
    private static final Pattern ENTRY_ERROR = Pattern.compile("(strengths|weaknesses|opportunities|threats)\\[(\\d+)]");

    public String answer(String itemKey) {
        return answers.getOrDefault(itemKey, "");
    }

    /** What the school has written, to change. */
    static Stage1Form of(SchoolStage1 record) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (AnswerView a : record.answers()) {
            if (a.value() != null) {
                answers.put(a.itemKey(), a.value() instanceof Number n ? decimal(n) : a.value().toString());
            }
        }
        return new Stage1Form(answers, lines(record.swot().strengths()), lines(record.swot().weaknesses()),
                lines(record.swot().opportunities()), lines(record.swot().threats()));
    }

    static Stage1Form from(Map<String, String> params) {
        Map<String, String> answers = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(ANSWER_PREFIX)) {
                answers.put(name.substring(ANSWER_PREFIX.length()), value);
            }
        });
        return new Stage1Form(answers, params.get("strengths"), params.get("weaknesses"), params.get("opportunities"),
                params.get("threats"));
    }

    /**
     * The body of {@code PUT /api/monitoring/stage1/{year}/schools/{code}}, and the item key of each
     * answer sent in its order (the service names a wrong answer by its place in the list).
     */
    record Body(Map<String, Object> json, List<String> answerKeys) {
    }

    Body body(List<CuratorItem> items) {
        List<Map<String, Object>> sent = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (CuratorItem item : items) {
            String typed = answer(item.key()).strip();
            if (typed.isEmpty()) {
                continue; // left unanswered
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("itemKey", item.key());
            answer.put("value", value(item.type(), typed));
            sent.add(answer);
            keys.add(item.key());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("answers", sent);
        json.put("strengths", entries(strengths));
        json.put("weaknesses", entries(weaknesses));
        json.put("opportunities", entries(opportunities));
        json.put("threats", entries(threats));
        return new Body(json, List.copyOf(keys));
    }

    /**
     * The service's reasons renamed to this page's fields: an answer's to its item's field, an
     * entry's to its quadrant's (with the line it is on).
     */
    static ServiceProblem onThePage(ServiceProblem problem, List<String> answerKeys) {
        List<ServiceProblem.FieldProblem> renamed = new ArrayList<>();
        for (ServiceProblem.FieldProblem e : problem.errors()) {
            String field = e.field() == null ? "" : e.field();
            Matcher answer = ANSWER_ERROR.matcher(field);
            Matcher entry = ENTRY_ERROR.matcher(field);
            if (answer.matches() && Integer.parseInt(answer.group(1)) < answerKeys.size()) {
                renamed.add(new ServiceProblem.FieldProblem(ANSWER_PREFIX + answerKeys.get(Integer.parseInt(answer.group(1))),
                        null, e.reason()));
            } else if (entry.matches()) {
                renamed.add(new ServiceProblem.FieldProblem(entry.group(1), null,
                        "Строка " + (Integer.parseInt(entry.group(2)) + 1) + ": " + e.reason()));
            } else {
                renamed.add(e);
            }
        }
        return new ServiceProblem(problem.status(), problem.title(), problem.detail(), renamed);
    }

    /** A typed answer as the API takes it; what does not parse is sent as typed, for the service to say why. */
    static Object value(String type, String typed) {
        switch (type) {
            case "YES_NO" -> {
                return switch (typed) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> typed;
                };
            }
            case "PERCENT", "SCALE_1_10" -> {
                try {
                    return Double.valueOf(typed.replace(',', '.').replace('\u00a0', ' ').replace(" ", ""));
                } catch (NumberFormatException e) {
                    return typed;
                }
            }
            default -> {
                return typed;
            }
        }
    }

    private static List<String> entries(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String lines(List<String> entries) {
        return entries == null ? "" : String.join("\n", entries);
    }

    private static String decimal(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d).replace('.', ',');
    }
}
