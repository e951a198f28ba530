package ru.mentoring.web.schools;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import tools.jackson.databind.JsonNode;

/** Public for the templates' expressions only. The shapes of school-index-service's and registry-service's answers that these pages read. */
public final class IndexApi {

    private IndexApi() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CohortSchool(String code, String name, String municipalityCode, boolean advancedLevel) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Classification(String schoolCode, Double ior, Integer iorQuartile, Double isbsh, Integer isbshQuartile,
            List<String> statuses, JsonNode explanation) {

        public Classification {
            statuses = statuses == null ? List.of() : List.copyOf(statuses);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RunSummary(int year, String methodologyVersion, OffsetDateTime computedAt, int schoolCount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SchoolYear(int year, String methodologyVersion, Double ior, Integer iorQuartile, Double isbsh,
            Integer isbshQuartile, List<String> statuses) {

        public SchoolYear {
            statuses = statuses == null ? List.of() : List.copyOf(statuses);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RegistrySchool(String code, String fullName, String shortName, String kind, boolean advancedLevel, boolean rural,
            String municipalityCode) {
    }
}
