package ru.mentoring.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import ru.mentoring.web.charts.Charts;
import ru.mentoring.web.charts.Charts.Bar;
import ru.mentoring.web.dashboard.Figure.Cell;
import ru.mentoring.web.registry.RegistryLabels;

/**
 * The registry's municipality totals ({@code /api/registry/statistics/municipality}) as figures: a
 * count the registry hid from the reader (1–4 people) is null, drawn as absent and written «<5».
 */
final class RegistryFigures {

    private RegistryFigures() {
    }

    static Figure pairsByForm(JsonNode counts, JsonNode catalog) {
        return breakdown("pairs-by-form", "Действующие пары по формам наставничества", "Форма наставничества", "Пар",
                counts.path("activePairsByForm"), labels(catalog.path("forms")));
    }

    static Figure pairsByStage(JsonNode counts, JsonNode catalog) {
        return breakdown("pairs-by-stage", "Действующие пары по этапам", "Этап", "Пар", counts.path("activePairsByStage"),
                labels(catalog.path("statuses")));
    }

    static Figure participants(JsonNode counts, RegistryLabels labels) {
        return breakdown("participants", "Участники по категориям", "Категория", "Человек", counts.path("participantsByKind"),
                labels.kinds());
    }

    static Figure banks(JsonNode counts) {
        List<Bar> bars = List.of(new Bar("База наставников", count(counts.path("mentorBank"))),
                new Bar("База наставляемых", count(counts.path("menteeBank"))));
        return figure("banks", "Базы наставников и наставляемых", "База", "Человек", bars);
    }

    /** One line of counts by code, in the order the registry gives, each code by its Russian word. */
    private static Figure breakdown(String key, String title, String what, String unit, JsonNode line, Map<String, String> words) {
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, JsonNode> cell : line.properties()) {
            bars.add(new Bar(words.getOrDefault(cell.getKey(), cell.getKey()), count(cell.getValue())));
        }
        return figure(key, title, what, unit, bars);
    }

    /** A figure whose chart is drawn only when some count is above zero or hidden (all zeros: "нет данных"). */
    private static Figure figure(String key, String title, String what, String unit, List<Bar> bars) {
        List<List<Cell>> rows = bars.stream()
                .map(b -> List.of(Cell.text(b.label()), Cell.count(b.value() == null ? null : b.value().longValue()))).toList();
        boolean any = bars.stream().anyMatch(b -> b.value() == null || b.value() > 0);
        return new Figure(key, title, List.of(what, unit), rows, any ? Charts.bars(title, "", bars) : null);
    }

    private static Double count(JsonNode n) {
        return n.isNumber() ? n.asDouble() : null;
    }

    private static Map<String, String> labels(JsonNode entries) {
        Map<String, String> words = new java.util.LinkedHashMap<>();
        entries.forEach(e -> words.put(e.path("code").asString(), e.path("label").asString()));
        return words;
    }
}
