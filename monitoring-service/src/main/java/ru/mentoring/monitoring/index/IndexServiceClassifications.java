package ru.mentoring.monitoring.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.platform.client.ServiceClients;

/**
 * {@code GET /api/index/years/{year}/classification} and {@code .../official-low-results/comparison}
 * with monitoring's client-credentials token.
 */
@Component
class IndexServiceClassifications implements IndexClassifications {

    private static final Logger log = LoggerFactory.getLogger(IndexServiceClassifications.class);

    /** The part of a classified school that monitoring reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SchoolLine(String schoolCode, List<String> statuses) {
    }

    /** The index service's official list beside the computed one: the official list is inBoth + onlyOfficial. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Comparison(List<String> inBoth, List<String> onlyOfficial) {
    }

    private static final ParameterizedTypeReference<List<SchoolLine>> LINES = new ParameterizedTypeReference<>() {
    };

    private final RestClient index;

    IndexServiceClassifications(ServiceClients clients) {
        this.index = clients.to("school-index");
    }

    @Override
    public Available<Map<String, Set<String>>> statuses(int year) {
        try {
            // the statuses only: each school's explanation would make the answer ten times larger
            return index.get().uri("/api/index/years/{year}/classification?explanation=false", year)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status == 404) {
                            return Available.<Map<String, Set<String>>>unavailable(
                                    "Классификация школ за " + year + " год не рассчитана");
                        }
                        if (status != 200) {
                            log.warn("Index service answered {} for the classification of {}", status, year);
                            return Available.<Map<String, Set<String>>>unavailable(
                                    "Сервис индексов отказал в запросе классификации за " + year + " год (HTTP " + status + ")");
                        }
                        List<SchoolLine> lines = response.bodyTo(LINES);
                        Map<String, Set<String>> statuses = new HashMap<>();
                        for (SchoolLine line : lines == null ? List.<SchoolLine>of() : lines) {
                            if (line != null && line.schoolCode() != null) {
                                statuses.put(line.schoolCode(),
                                        line.statuses() == null ? Set.of() : new HashSet<>(line.statuses()));
                            }
                        }
                        return Available.of(statuses);
                    });
        } catch (RuntimeException e) {
            log.warn("Index service did not answer the classification of {}: {}", year, e.toString());
            return Available.unavailable("Сервис индексов не ответил: классификация школ за " + year
                    + " год временно недоступна");
        }
    }

    @Override
    public Available<LowResultList> lowResults(int year) {
        Available<Set<String>> official;
        try {
            official = index.get().uri("/api/index/years/{year}/official-low-results/comparison", year)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status == 404) {
                            // no official list for the year (or no classification to compare it with): the computed one counts
                            return null;
                        }
                        if (status != 200) {
                            log.warn("Index service answered {} for the official list of {}", status, year);
                            return Available.<Set<String>>unavailable(
                                    "Сервис индексов отказал в запросе перечня ШНОР за " + year + " год (HTTP " + status + ")");
                        }
                        Comparison c = response.bodyTo(Comparison.class);
                        Set<String> schools = new HashSet<>();
                        if (c != null && c.inBoth() != null) {
                            schools.addAll(c.inBoth());
                        }
                        if (c != null && c.onlyOfficial() != null) {
                            schools.addAll(c.onlyOfficial());
                        }
                        return Available.of(schools);
                    });
        } catch (RuntimeException e) {
            log.warn("Index service did not answer the official list of {}: {}", year, e.toString());
            return Available.unavailable("Сервис индексов не ответил: перечень ШНОР за " + year + " год временно недоступен");
        }
        if (official != null) {
            return official.present() ? Available.of(new LowResultList(year, official.value(), true))
                    : Available.unavailable(official.unavailable());
        }
        Available<Map<String, Set<String>>> computed = statuses(year);
        return computed.present() ? Available.of(LowResultList.computed(year, computed.value()))
                : Available.unavailable(computed.unavailable());
    }
}
