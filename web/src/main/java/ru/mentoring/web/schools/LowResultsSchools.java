package ru.mentoring.web.schools;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;

import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.schools.IndexApi.Classification;

/**
 * Which schools are ШНОР (LOW_RESULTS in the latest classification run, as the schools' pages and the information note
 * read it), for pages of other sections that mark them: the management teams and reserve exist for ШНОР schools (seed
 * 004). Read as the signed-in person, so only the schools they may see.
 */
@Service
public class LowResultsSchools {

    private static final Logger log = LoggerFactory.getLogger(LowResultsSchools.class);
    private static final ParameterizedTypeReference<List<Classification>> CLASSIFICATION = new ParameterizedTypeReference<>() {
    };

    /**
     * @param year        the classification's year; null when there is none yet (then no school is known to be ШНОР)
     * @param schoolCodes the ШНОР schools among those the person may see
     * @param unavailable the index did not answer: the page says so instead of marking no school
     */
    public record Marks(Integer year, Set<String> schoolCodes, boolean unavailable) {

        public boolean isLowResults(String schoolCode) {
            return schoolCodes.contains(schoolCode);
        }
    }

    private final SchoolsService schools;
    private final GatewayClient gateway;

    LowResultsSchools(SchoolsService schools, GatewayClient gateway) {
        this.schools = schools;
        this.gateway = gateway;
    }

    public Marks latest() {
        try {
            return schools.latestRun().map(run -> new Marks(run.year(),
                    gateway.listOrEmpty(CLASSIFICATION, "/api/index/years/{year}/classification?explanation=false", run.year())
                            .stream().filter(c -> c.statuses().contains(SchoolStatus.LOW_RESULTS.name()))
                            .map(Classification::schoolCode).collect(Collectors.toUnmodifiableSet()),
                    false))
                    .orElseGet(() -> new Marks(null, Set.of(), false));
        } catch (RuntimeException e) {
            // the marks are beside the page's own data (the registry's): the page stays, saying they are missing
            log.warn("ШНОР statuses not read from the index: {}", e.toString());
            return new Marks(null, Set.of(), true);
        }
    }
}
