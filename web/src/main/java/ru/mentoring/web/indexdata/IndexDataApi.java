package ru.mentoring.web.indexdata;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Public for the templates' expressions only. The shapes of school-index-service's answers these pages read. */
public final class IndexDataApi {

    private IndexDataApi() {
    }

    /** One version of a year's values (indicator or context values). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DataSet(UUID id, String kind, int year, String uploadedBy, OffsetDateTime uploadedAt, String fileName,
            long rows, int schools, boolean current, OffsetDateTime supersededAt, long runs) {

        public String kindName() {
            return IndexDataApi.kindName(kind);
        }
    }

    /** The answer to a stored upload. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportReport(int year, String kind, long rowsRead, long rowsStored, boolean replacedPrevious,
            long previousRows, int schools, String message, UUID dataSetId, UUID previousDataSetId, String fileName) {

        public String kindName() {
            return IndexDataApi.kindName(kind);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RunSummary(UUID runId, int year, String methodologyVersion, OffsetDateTime computedAt, String computedBy,
            int schoolCount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RunRecord(UUID runId, int year, String methodologyVersion, OffsetDateTime computedAt, String computedBy,
            int schoolCount, boolean dataSetsAssumed, List<DataSet> dataSets) {

        public RunRecord {
            dataSets = dataSets == null ? List.of() : List.copyOf(dataSets);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recomputation(boolean equal, boolean summaryEqual, int schoolsCompared, List<Object> differences) {

        public Recomputation {
            differences = differences == null ? List.of() : List.copyOf(differences);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Methodology(String version, OffsetDateTime createdAt, boolean used) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Classification(String schoolCode, List<String> statuses) {

        public Classification {
            statuses = statuses == null ? List.of() : List.copyOf(statuses);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfficialListReport(int year, int schoolCount, boolean replaced, OffsetDateTime loadedAt, String loadedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LowResultsComparison(int year, List<String> inBoth, List<String> onlyOfficial, List<String> onlyComputed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CohortSchool(String code, String name) {
    }

    /** The kinds of values in Russian (school-index-service's {@code ValueKind}). */
    public static String kindName(String kind) {
        return "CONTEXT".equals(kind) ? "Контекстные факторы" : "Показатели";
    }
}
