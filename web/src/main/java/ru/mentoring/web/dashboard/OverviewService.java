package ru.mentoring.web.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;
import org.springframework.web.client.ResourceAccessException;

import tools.jackson.databind.JsonNode;

import ru.mentoring.web.charts.Charts;
import ru.mentoring.web.charts.Charts.Bar;
import ru.mentoring.web.charts.Charts.Dot;
import ru.mentoring.web.charts.Charts.Group;
import ru.mentoring.web.charts.Charts.PairedBar;
import ru.mentoring.web.charts.Charts.Point;
import ru.mentoring.web.dashboard.Overview.DynamicsRow;
import ru.mentoring.web.dashboard.Overview.SchoolDot;
import ru.mentoring.web.dashboard.Overview.TargetRow;
import ru.mentoring.web.dashboard.Overview.TrendRow;
import ru.mentoring.web.gateway.ConcurrentReads;
import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.registry.RegistryLabels;

/**
 * Reads the overview's figures through the gateway as the signed-in person, so the services' rules
 * (their municipality only, small counts hidden for the department) apply as everywhere. A part that
 * a service cannot give is named in {@link Overview#missing()} and the rest is still shown.
 */
@Service
class OverviewService {

    static final int YEARS = 3;
    private static final ParameterizedTypeReference<List<JsonNode>> LIST = new ParameterizedTypeReference<>() {
    };

    private final GatewayClient gateway;
    private final ConcurrentReads reads;
    private final RegistryLabels registryLabels;

    OverviewService(GatewayClient gateway, ConcurrentReads reads, RegistryLabels registryLabels) {
        this.gateway = gateway;
        this.reads = reads;
        this.registryLabels = registryLabels;
    }

    /** The latest year with a classification run, {@code year} first, or {@code year}. */
    int latestYear(int year) {
        for (int y = year; y > year - 5; y--) {
            try {
                gateway.get(JsonNode.class, "/api/index/years/{year}/classification/summary", y);
                return y;
            } catch (NotFoundException e) {
                // no run that year
            } catch (ServiceException | ResourceAccessException e) {
                // the index service cannot say now: show this year, and the overview names what is missing
                return year;
            }
        }
        return year;
    }

    Overview overview(int year, String municipality, boolean cardsOpen) {
        List<String> missing = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int y = year - YEARS + 1; y <= year; y++) {
            years.add(y);
        }

        // the reads are independent: all start at once, and the page waits for the slowest
        List<CompletableFuture<JsonNode>> targetReports = years.stream().map(y -> reads.start(() -> gateway.get(JsonNode.class,
                "/api/monitoring/targets?programmeYear={year}&bySchool=false", y))).toList();
        CompletableFuture<List<TrendRow>> trendRead = municipality == null ? CompletableFuture.completedFuture(List.of())
                : reads.start(() -> lowResults(municipality));
        // the year's classification is the largest answer (every school with its explanation): read once
        CompletableFuture<List<JsonNode>> classificationRead = reads.start(
                () -> gateway.listOrEmpty(LIST, "/api/index/years/{year}/classification", year));
        CompletableFuture<Map<String, String>> namesRead = reads.start(this::schoolNames);
        CompletableFuture<List<DynamicsRow>> dynamicsRead = reads.start(() -> dynamics(year));
        CompletableFuture<JsonNode> countsRead = reads.start(this::municipalityCounts);
        CompletableFuture<JsonNode> catalogRead = reads.start(this::catalog);
        CompletableFuture<JsonNode> assessmentRead = reads.start(
                () -> gateway.get(JsonNode.class, "/api/monitoring/assessment?programmeYear={year}", year));
        CompletableFuture<List<JsonNode>> plansRead = reads.start(
                () -> gateway.listOrEmpty(LIST, "/api/monitoring/plans?programmeYear={year}", year));

        List<TargetRow> targets = read(missing, "цели программы",
                () -> targets(years, targetReports.stream().map(ConcurrentReads::join).toList()), List.of());
        List<TrendRow> trend = read(missing, "динамика числа ШНОР", trendRead, List.of());
        List<JsonNode> classification = read(missing, "ИОР и ИСБШ школ", classificationRead, List.of());
        Map<String, String> names = read(missing, "названия школ", namesRead, Map.of());
        List<SchoolDot> schools = schools(classification, names);
        List<Double>[] bounds = boundaries(classification);
        List<DynamicsRow> dynamics = read(missing, "динамика до и после", dynamicsRead, List.of());

        String targetsChart = targets.isEmpty() ? null : Charts.bars("Цели программы в " + year + " году", " %",
                targets.stream().map(t -> new Bar(t.title(), t.values().get(t.values().size() - 1))).toList());
        String trendChart = trend.isEmpty() ? null : Charts.trend("Доля школ ШНОР по годам",
                trend.stream().map(t -> new Point(String.valueOf(t.year()), t.sharePercent())).toList(), 40, "40 %");
        String scatter = schools.isEmpty() ? null : Charts.scatter("Школы района по ИОР и ИСБШ, " + year, "ИОР", "ИСБШ",
                schools.stream().map(s -> new Dot(s.name(), s.ior(), s.isbsh(), group(s.statuses()),
                        cardsOpen ? "/schools/" + s.code() : null)).toList(),
                List.of(new Group("BOTH", "ШНОР и ШНСУ", "#6b1d6e"), new Group("LOW", "ШНОР", "#a4262c"),
                        new Group("SOCIAL", "ШНСУ", "#d9822b"), new Group("OTHER", "другие", "#1f5fa8")),
                bounds == null ? List.of() : bounds[0], bounds == null ? List.of() : bounds[1]);
        String dynamicsChart = dynamics.isEmpty() ? null : Charts.pairedBars("Динамика до и после, " + year,
                dynamics.stream().map(d -> new PairedBar(d.role() + ": " + d.item(), d.before(), d.after(),
                        Boolean.TRUE.equals(d.significant()))).toList());
        List<Figure> figures = new ArrayList<>();
        JsonNode counts = read(missing, "численность пар и участников", countsRead, null);
        JsonNode catalog = read(missing, "справочник форм и этапов", catalogRead, null);
        if (counts != null && catalog != null) {
            figures.add(RegistryFigures.pairsByForm(counts, catalog));
            figures.add(RegistryFigures.pairsByStage(counts, catalog));
            figures.add(RegistryFigures.participants(counts, registryLabels));
            figures.add(RegistryFigures.banks(counts));
        }
        JsonNode assessment = read(missing, "удовлетворённость по формам", assessmentRead, null);
        figures.add(MonitoringFigures.satisfaction(assessment, year));
        List<JsonNode> plans = read(missing, "план мероприятий", plansRead, List.of());
        figures.add(MonitoringFigures.plan(plans, names, year));
        return new Overview(year, years, targets, targetsChart, trend, trendChart, schools, scatter, dynamics, dynamicsChart,
                figures, missing);
    }

    private JsonNode municipalityCounts() {
        return gateway.get(JsonNode.class, "/api/registry/statistics/municipality");
    }

    private JsonNode catalog() {
        return gateway.get(JsonNode.class, "/api/registry/pairs/catalog");
    }

    private Map<String, String> schoolNames() {
        return gateway.get(LIST, "/api/index/schools").stream()
                .collect(Collectors.toMap(s -> s.path("code").asString(), s -> s.path("name").asString(), (a, b) -> a));
    }

    /** The targets' rows over {@code years}, from each year's report (the municipality's totals). */
    private static List<TargetRow> targets(List<Integer> years, List<JsonNode> reports) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, double[]> goals = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, String> directions = new LinkedHashMap<>();
        Map<String, Map<Integer, JsonNode>> byCode = new LinkedHashMap<>();
        for (int i = 0; i < years.size(); i++) {
            int y = years.get(i);
            JsonNode report = reports.get(i);
            for (JsonNode t : report.path("targets")) {
                String code = t.path("code").asString();
                titles.putIfAbsent(code, t.path("title").asString());
                goals.putIfAbsent(code, new double[] {t.path("target").asDouble()});
                if (!t.path("direction").isNull() && !t.path("direction").isMissingNode()) {
                    directions.putIfAbsent(code, "FALL".equals(t.path("direction").asString()) ? "значимое снижение" : "значимый рост");
                }
                units.putIfAbsent(code, t.path("unit").isNull() ? "%" : t.path("unit").asString("%"));
                byCode.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(y, t);
            }
        }
        List<TargetRow> rows = new ArrayList<>();
        for (String code : titles.keySet()) {
            List<Double> values = new ArrayList<>();
            Boolean met = null;
            for (int y : years) {
                JsonNode t = byCode.get(code).get(y);
                Double v = t == null || t.path("value").isNull() || t.path("value").isMissingNode() ? null : t.path("value").asDouble();
                values.add(v);
                if (y == years.get(years.size() - 1) && t != null && !t.path("met").isNull() && !t.path("met").isMissingNode()) {
                    met = t.path("met").asBoolean();
                }
            }
            rows.add(new TargetRow(titles.get(code), goals.get(code)[0], units.get(code), values, met, trend(values),
                    directions.get(code)));
        }
        return rows;
    }

    /** Up, down or level between the last two years that have a value; null when there are not two. */
    static String trend(List<Double> values) {
        List<Double> known = values.stream().filter(Objects::nonNull).toList();
        if (known.size() < 2) {
            return null;
        }
        double last = known.get(known.size() - 1);
        double before = known.get(known.size() - 2);
        return Math.abs(last - before) < 0.05 ? "без изменений" : last > before ? "рост" : "снижение";
    }

    private List<TrendRow> lowResults(String municipality) {
        JsonNode trend = gateway.get(JsonNode.class, "/api/index/municipalities/{m}/low-results-trend", municipality);
        List<TrendRow> rows = new ArrayList<>();
        for (JsonNode y : trend.path("years")) {
            int low = y.path("lowResultsCount").asInt();
            int all = y.path("schoolCount").asInt();
            rows.add(new TrendRow(y.path("year").asInt(), low, all, all == 0 ? null : Math.round(1000.0 * low / all) / 10.0,
                    y.path("changePercent").isNull() ? null : y.path("changePercent").asDouble(),
                    y.path("targetMet").isNull() ? null : y.path("targetMet").asBoolean()));
        }
        return rows;
    }

    private static List<SchoolDot> schools(List<JsonNode> classification, Map<String, String> names) {
        List<SchoolDot> dots = new ArrayList<>();
        for (JsonNode c : classification) {
            if (c.path("ior").isNumber() && c.path("isbsh").isNumber()) {
                List<String> statuses = new ArrayList<>();
                c.path("statuses").forEach(s -> statuses.add(s.asString()));
                String code = c.path("schoolCode").asString();
                dots.add(new SchoolDot(code, names.getOrDefault(code, code), c.path("ior").asDouble(), c.path("isbsh").asDouble(),
                        String.join(",", statuses)));
            }
        }
        dots.sort((a, b) -> a.name().compareTo(b.name()));
        return dots;
    }

    @SuppressWarnings("unchecked")
    static List<Double>[] boundaries(List<JsonNode> classification) {
        for (JsonNode c : classification) {
            // every school's explanation carries the year's boundaries of both indices
            JsonNode explanation = c.path("explanation");
            JsonNode ior = explanation.path("ior").path("boundaries");
            JsonNode isbsh = explanation.path("isbsh").path("boundaries");
            if (ior.path("p50").isNumber() && isbsh.path("p50").isNumber()) {
                return new List[] {quartiles(ior), quartiles(isbsh)};
            }
        }
        return null;
    }

    private static List<Double> quartiles(JsonNode b) {
        return List.of(b.path("p25").asDouble(), b.path("p50").asDouble(), b.path("p75").asDouble());
    }

    private List<DynamicsRow> dynamics(int year) {
        JsonNode report = gateway.get(JsonNode.class, "/api/monitoring/dynamics?programmeYear={year}", year);
        List<DynamicsRow> rows = new ArrayList<>();
        for (JsonNode table : report.path("tables")) {
            String role = "MENTOR".equals(table.path("role").asString()) ? "Наставники" : "Наставляемые";
            for (JsonNode item : table.path("items")) {
                rows.add(new DynamicsRow(role, item.path("text").asString(), number(item, "pairs") == null ? null
                        : number(item, "pairs").intValue(), number(item, "meanBefore"), number(item, "meanAfter"),
                        number(item, "pValue"), item.path("significant").isBoolean() ? item.path("significant").asBoolean() : null));
            }
        }
        return rows;
    }

    private static Double number(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNumber() ? v.asDouble() : null;
    }

    /** ШНОР and ШНСУ together, either one, or neither: the scatter's colours. */
    static String group(String statuses) {
        boolean low = statuses.contains("LOW_RESULTS");
        boolean social = statuses.contains("UNFAVOURABLE_SOCIAL");
        return low && social ? "BOTH" : low ? "LOW" : social ? "SOCIAL" : "OTHER";
    }

    interface Read<T> {
        T get();
    }

    static <T> T read(List<String> missing, String what, CompletableFuture<T> started, T otherwise) {
        return read(missing, what, () -> ConcurrentReads.join(started), otherwise);
    }

    static <T> T read(List<String> missing, String what, Read<T> read, T otherwise) {
        try {
            return read.get();
        } catch (NotFoundException e) {
            return otherwise;
        } catch (ServiceException | ResourceAccessException e) {
            missing.add(what);
            return otherwise;
        }
    }
}
