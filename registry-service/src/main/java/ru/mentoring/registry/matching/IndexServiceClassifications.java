package ru.mentoring.registry.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import ru.mentoring.platform.client.ServiceClients;

/**
 * Asks the school index service directly (not through the gateway) with the registry's own
 * client-credentials token. Any failure — the service down, slow, refusing, or the token not
 * obtainable — means "no classification": matching then goes on without that criterion and says
 * so; it never fails because of the index service.
 */
@Component
class IndexServiceClassifications implements SchoolClassifications {

    private static final Logger log = LoggerFactory.getLogger(IndexServiceClassifications.class);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SchoolLine(String schoolCode, List<String> statuses) {
    }

    private static final ParameterizedTypeReference<List<SchoolLine>> LINES = new ParameterizedTypeReference<>() {
    };

    private final RestClient index;

    IndexServiceClassifications(ServiceClients clients) {
        this.index = clients.to("school-index");
    }

    @Override
    public Latest latest(int year) {
        for (int y : new int[] {year, year - 1}) {
            Optional<Map<String, Set<String>>> lines = of(y);
            if (lines.isEmpty()) {
                return new Latest(Optional.empty(), true); // unreachable: asking again for the year before would only wait twice
            }
            if (!lines.get().isEmpty()) {
                return new Latest(Optional.of(new Classification(y, lines.get())), false);
            }
        }
        return new Latest(Optional.empty(), false);
    }

    /** Empty optional: the service did not answer; empty map: it answered with no classification. */
    private Optional<Map<String, Set<String>>> of(int year) {
        try {
            List<SchoolLine> lines = index.get().uri("/api/index/years/{year}/classification", year)
                    .exchange((request, response) -> {
                        if (response.getStatusCode().value() == 404) {
                            return List.<SchoolLine>of(); // no classification run for that year
                        }
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw new IllegalStateException("index service answered " + response.getStatusCode());
                        }
                        return response.bodyTo(LINES);
                    });
            Map<String, Set<String>> out = new HashMap<>();
            if (lines != null) {
                for (SchoolLine line : lines) {
                    if (line != null && line.schoolCode() != null) {
                        out.put(line.schoolCode(), line.statuses() == null ? Set.of() : new HashSet<>(line.statuses()));
                    }
                }
            }
            return Optional.of(out);
        } catch (RuntimeException e) {
            log.warn("School index classification for {} not available: {}", year, e.toString());
            return Optional.empty();
        }
    }
}
