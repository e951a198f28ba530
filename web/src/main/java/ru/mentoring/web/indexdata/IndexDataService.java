package ru.mentoring.web.indexdata;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.indexdata.IndexDataApi.Classification;
import ru.mentoring.web.indexdata.IndexDataApi.DataSet;
import ru.mentoring.web.indexdata.IndexDataApi.ImportReport;
import ru.mentoring.web.indexdata.IndexDataApi.Methodology;
import ru.mentoring.web.indexdata.IndexDataApi.OfficialListReport;
import ru.mentoring.web.indexdata.IndexDataApi.Recomputation;
import ru.mentoring.web.indexdata.IndexDataApi.RunRecord;
import ru.mentoring.web.indexdata.IndexDataApi.RunSummary;
import ru.mentoring.web.schools.SchoolStatus;

/** The section's calls to school-index-service, as the signed-in person. */
@Service
class IndexDataService {

    /** The years listed on the landing page: the service has no list of years, so a window around this one. */
    static final int YEARS_BACK = 4;
    static final int YEARS_AHEAD = 1;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final ParameterizedTypeReference<List<DataSet>> DATA_SETS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<RunRecord>> RUNS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Methodology>> METHODOLOGIES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Classification>> RESULTS = new ParameterizedTypeReference<>() {
    };

    /** A year's current data set of each kind (null where none). */
    record YearLine(int year, DataSet indicators, DataSet context) {
    }

    /** How many schools of a run have a status. */
    record StatusCount(String title, boolean risk, long schools) {
    }

    private final GatewayClient gateway;
    private final Clock clock;

    IndexDataService(GatewayClient gateway) {
        this.gateway = gateway;
        this.clock = Clock.systemUTC();
    }

    int thisYear() {
        return Year.now(clock).getValue();
    }

    /** The window's years and the one asked for, newest first, each with its current data sets; years with none are left out. */
    List<YearLine> years(int selected) {
        TreeSet<Integer> years = new TreeSet<>();
        for (int y = thisYear() - YEARS_BACK; y <= thisYear() + YEARS_AHEAD; y++) {
            years.add(y);
        }
        years.add(selected);
        List<YearLine> lines = new ArrayList<>();
        for (int year : years.descendingSet()) {
            List<DataSet> sets = dataSets(year);
            DataSet indicators = current(sets, "INDICATOR");
            DataSet context = current(sets, "CONTEXT");
            if (indicators != null || context != null) {
                lines.add(new YearLine(year, indicators, context));
            }
        }
        return lines;
    }

    List<DataSet> dataSets(int year) {
        return gateway.listOrEmpty(DATA_SETS, "/api/index/years/{year}/data-sets", year);
    }

    private static DataSet current(List<DataSet> sets, String kind) {
        return sets.stream().filter(s -> s.current() && kind.equals(s.kind())).findFirst().orElse(null);
    }

    List<RunRecord> runs(int year) {
        return gateway.listOrEmpty(RUNS, "/api/index/years/{year}/classification/runs", year);
    }

    Optional<RunSummary> latestRun(int year) {
        try {
            return Optional.of(gateway.get(RunSummary.class, "/api/index/years/{year}/classification/summary", year));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The latest run's statuses counted over the schools the person may read, in the methodology's order. */
    List<StatusCount> statusCounts(int year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Classification c : gateway.listOrEmpty(RESULTS, "/api/index/years/{year}/classification", year)) {
            c.statuses().forEach(s -> counts.merge(s, 1L, Long::sum));
        }
        List<StatusCount> out = new ArrayList<>();
        for (SchoolStatus status : SchoolStatus.values()) {
            Long n = counts.remove(status.name());
            if (n != null) {
                out.add(new StatusCount(status.title(), status.risk(), n));
            }
        }
        counts.forEach((code, n) -> out.add(new StatusCount(SchoolStatus.title(code), false, n)));
        return out;
    }

    List<Methodology> methodologies() {
        return gateway.listOrEmpty(METHODOLOGIES, "/api/index/methodologies");
    }

    ImportReport upload(int year, String kind, MultipartFile file, boolean replaceAll) {
        String path = "/api/index/years/{year}/" + ("CONTEXT".equals(kind) ? "context-values" : "indicator-values")
                + (replaceAll ? "?replace=all" : "");
        return gateway.sendFile(HttpMethod.POST, ImportReport.class, file, path, year);
    }

    DataSet makeCurrent(int year, UUID id) {
        return gateway.post(DataSet.class, null, "/api/index/years/{year}/data-sets/{id}/current", year, id);
    }

    RunSummary classify(int year, String methodology) {
        return gateway.post(RunSummary.class, null, "/api/index/years/{year}/classification?methodology={m}", year, methodology);
    }

    Recomputation recompute(int year, UUID runId) {
        return gateway.post(Recomputation.class, null, "/api/index/years/{year}/classification/runs/{id}/recomputation", year, runId);
    }

    ResponseEntity<byte[]> spreadsheet(int year) {
        return gateway.download(MediaType.parseMediaType(XLSX), "/api/index/years/{year}/classification", year);
    }

    OfficialListReport uploadOfficialList(int year, MultipartFile file) {
        return gateway.sendFile(HttpMethod.PUT, OfficialListReport.class, file, "/api/index/years/{year}/official-low-results", year);
    }
}
