package ru.mentoring.web.schools;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;

import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.schools.IndexApi.Classification;
import ru.mentoring.web.schools.IndexApi.CohortSchool;
import ru.mentoring.web.schools.IndexApi.RegistrySchool;
import ru.mentoring.web.schools.IndexApi.RunSummary;
import ru.mentoring.web.schools.IndexApi.SchoolYear;

/** The schools' pages' data, read from the services as the signed-in person (so only what they may see). */
@Service
class SchoolsService {

    /** How far back to look for the latest classification run. */
    static final int YEARS_BACK = 6;
    /** The card shows the three years the three-year rules look at. */
    static final int HISTORY_YEARS = 3;

    private static final ParameterizedTypeReference<List<CohortSchool>> SCHOOLS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Classification>> CLASSIFICATION = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<SchoolYear>> HISTORY = new ParameterizedTypeReference<>() {
    };

    private final GatewayClient gateway;
    private final Clock clock;

    SchoolsService(GatewayClient gateway) {
        this.gateway = gateway;
        this.clock = Clock.systemUTC();
    }

    /** The latest year with a classification run, this year first. */
    Optional<RunSummary> latestRun() {
        int year = Year.now(clock).getValue();
        for (int y = year; y > year - YEARS_BACK; y--) {
            try {
                return Optional.of(gateway.get(RunSummary.class, "/api/index/years/{year}/classification/summary", y));
            } catch (NotFoundException e) {
                // no run that year: one year back
            }
        }
        return Optional.empty();
    }

    /** Every school the person may see, with the run's line where it has one. */
    List<SchoolTable.Row> rows(RunSummary run) {
        List<CohortSchool> schools = gateway.get(SCHOOLS, "/api/index/schools");
        Map<String, Classification> lines = run == null ? Map.of()
                : gateway.listOrEmpty(CLASSIFICATION, "/api/index/years/{year}/classification", run.year()).stream()
                        .collect(Collectors.toMap(Classification::schoolCode, Function.identity(), (a, b) -> a));
        List<SchoolTable.Row> rows = new ArrayList<>();
        for (CohortSchool s : schools) {
            Classification c = lines.get(s.code());
            rows.add(c == null
                    ? new SchoolTable.Row(s.code(), s.name(), null, null, null, null, List.of())
                    : new SchoolTable.Row(s.code(), s.name(), c.ior(), c.iorQuartile(), c.isbsh(), c.isbshQuartile(), c.statuses()));
        }
        return rows;
    }

    /** The one school a school administrator may see, if any. */
    Optional<String> ownSchool() {
        List<CohortSchool> schools = gateway.get(SCHOOLS, "/api/index/schools");
        return schools.size() == 1 ? Optional.of(schools.get(0).code()) : Optional.empty();
    }

    /** A school's card; {@link NotFoundException} when the person may not see it (or it does not exist). */
    SchoolCard card(String code) {
        CohortSchool school = gateway.get(CohortSchool.class, "/api/index/schools/{code}", code);
        RegistrySchool registered;
        try {
            registered = gateway.get(RegistrySchool.class, "/api/registry/schools/{code}", code);
        } catch (NotFoundException e) {
            registered = null; // a cohort school of the region that is not in the registry
        }
        List<SchoolYear> history = gateway.get(HISTORY, "/api/index/schools/{code}/history", code);
        List<SchoolYear> recent = history.subList(Math.max(0, history.size() - HISTORY_YEARS), history.size());
        SchoolYear latest = recent.isEmpty() ? null : recent.get(recent.size() - 1);
        JsonNode explanation = null;
        if (latest != null) {
            explanation = gateway.listOrEmpty(CLASSIFICATION, "/api/index/years/{year}/classification", latest.year()).stream()
                    .filter(c -> c.schoolCode().equals(code)).findFirst().map(Classification::explanation).orElse(null);
        }
        return new SchoolCard(school.name(), registered == null ? null : registered.fullName(),
                registered == null ? null : SchoolCard.kind(registered.kind()),
                registered == null ? null : registered.rural(), school.advancedLevel(), school.municipalityCode(),
                List.copyOf(recent), latest, reasons(latest, explanation), SchoolCard.Boundaries.of(explanation));
    }

    /** Each status of the latest year with the sentence the classification gave for it. */
    static List<SchoolCard.Reason> reasons(SchoolYear latest, JsonNode explanation) {
        if (latest == null) {
            return List.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        JsonNode statuses = explanation == null ? null : explanation.get("statuses");
        if (statuses != null && statuses.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = statuses.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonNode text = f.getValue().get("text");
                texts.put(f.getKey(), text == null || text.isNull() ? null : text.asString());
            }
        }
        return latest.statuses().stream()
                .map(status -> new SchoolCard.Reason(SchoolStatus.title(status), texts.get(status)))
                .toList();
    }
}
