package ru.mentoring.web.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import ru.mentoring.web.charts.Charts;
import ru.mentoring.web.charts.Charts.Bar;
import ru.mentoring.web.dashboard.Figure.Cell;

/** Monitoring's satisfaction by form (the personal assessment) and the plans of events as figures. */
final class MonitoringFigures {

    private static final String[] STATUSES = {"DONE", "IN_PROGRESS", "PLANNED", "CANCELLED"};
    private static final String[] STATUS_WORDS = {"выполнено", "выполняется", "запланировано", "отменено"};

    private MonitoringFigures() {
    }

    /**
     * Who is satisfied with the joint work and with the result, per role and form of mentoring, from
     * the assessment's {@code byForm} lines; a line the service hid (1–4 people) is «<5» throughout.
     *
     * @param assessment the service's answer, or null when there is none
     */
    static Figure satisfaction(JsonNode assessment, int year) {
        String title = "Удовлетворённость участников по формам наставничества, " + year;
        List<List<Cell>> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        if (assessment != null) {
            for (JsonNode table : assessment.path("tables")) {
                String role = "MENTOR".equals(table.path("role").asString()) ? "Наставники" : "Наставляемые";
                for (JsonNode line : table.path("byForm")) {
                    boolean hidden = line.path("suppressed").asBoolean(false);
                    if (!hidden && line.path("respondents").asLong(0) == 0) {
                        continue;
                    }
                    String form = line.path("label").asString("форма не указана");
                    Double joint = hidden ? null : number(line.path("satisfiedWithJointWorkPercent"));
                    Double result = hidden ? null : number(line.path("satisfiedWithResultPercent"));
                    rows.add(List.of(Cell.text(role), Cell.text(form),
                            Cell.count(hidden ? null : line.path("respondents").asLong()),
                            hidden ? Cell.count(null) : Cell.number(joint, 1), hidden ? Cell.count(null) : Cell.number(result, 1)));
                    bars.add(new Bar(role + ": " + form, joint));
                }
            }
        }
        return new Figure("satisfaction", title, List.of("Кто", "Форма наставничества", "Ответивших",
                "Довольны совместной работой, %", "Довольны результатом, %"), rows,
                rows.isEmpty() ? null : Charts.bars(title + ": довольны совместной работой", " %", bars));
    }

    /**
     * The plans of the year: per plan its events by status and how many are overdue (their month has
     * passed and they are not done); the chart is the year's totals. Events are not people: exact.
     */
    static Figure plan(List<JsonNode> plans, Map<String, String> schoolNames, int year) {
        String title = "Выполнение плана мероприятий, " + year;
        List<List<Cell>> rows = new ArrayList<>();
        long[] totals = new long[STATUSES.length + 1];
        List<JsonNode> sorted = new ArrayList<>(plans);
        // the district's plan first, then the schools' by name
        sorted.sort(Comparator.comparing((JsonNode p) -> !district(p)).thenComparing(p -> name(p, schoolNames)));
        for (JsonNode plan : sorted) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(name(plan, schoolNames)));
            row.add(Cell.count(plan.path("events").asLong()));
            for (int i = 0; i < STATUSES.length; i++) {
                long n = plan.path("byStatus").path(STATUSES[i]).asLong(0);
                totals[i] += n;
                row.add(Cell.count(n));
            }
            totals[STATUSES.length] += plan.path("overdue").asLong(0);
            row.add(Cell.count(plan.path("overdue").asLong(0)));
            rows.add(row);
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < STATUSES.length; i++) {
            bars.add(new Bar(STATUS_WORDS[i], (double) totals[i]));
        }
        bars.add(new Bar("просрочено", (double) totals[STATUSES.length]));
        return new Figure("plan", title, List.of("План", "Мероприятий", "Выполнено", "Выполняется", "Запланировано", "Отменено",
                "Просрочено"), rows, rows.isEmpty() ? null : Charts.bars(title, "", bars));
    }

    private static boolean district(JsonNode plan) {
        return plan.path("schoolCode").isNull() || plan.path("schoolCode").isMissingNode();
    }

    private static String name(JsonNode plan, Map<String, String> schoolNames) {
        return district(plan) ? "План района" : schoolNames.getOrDefault(plan.path("schoolCode").asString(), "школа");
    }

    private static Double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : null;
    }
}
