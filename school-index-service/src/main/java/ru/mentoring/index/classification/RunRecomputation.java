package ru.mentoring.index.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import ru.mentoring.index.classification.CohortLoader.CohortRow;
import ru.mentoring.index.classification.RecomputationReport.SchoolDifference;
import ru.mentoring.index.classification.RunInputs.StoredRun;
import ru.mentoring.index.data.DataSetRef;
import ru.mentoring.index.data.DataSetService;
import ru.mentoring.index.methodology.CohortData;
import ru.mentoring.index.methodology.MethodologyVersion;
import ru.mentoring.index.methodologyversion.MethodologyDefinition;
import ru.mentoring.index.methodologyversion.MethodologyVersionService;
import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.web.NotFoundException;

/**
 * Stored runs with what they read, and their recomputation: the run's data sets, cohort and
 * methodology version go through the same loader and classifier as a new run, and the result is
 * compared with the stored one. Nothing is stored.
 */
@Service
class RunRecomputation {

    private final RunInputs inputs;
    private final DataSetService dataSets;
    private final MethodologyVersionService methodologies;
    private final CohortLoader loader;
    private final CohortClassifier classifier;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    RunRecomputation(RunInputs inputs, DataSetService dataSets, MethodologyVersionService methodologies, CohortLoader loader,
            CohortClassifier classifier, JdbcClient jdbc, JsonMapper json) {
        this.inputs = inputs;
        this.dataSets = dataSets;
        this.methodologies = methodologies;
        this.loader = loader;
        this.classifier = classifier;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    List<RunRecord> runs(int year) {
        return inputs.runs(year).stream().map(id -> record(stored(year, id))).toList();
    }

    @Transactional(readOnly = true)
    RunRecord run(int year, UUID runId) {
        return record(stored(year, runId));
    }

    @Transactional(readOnly = true)
    RecomputationReport recompute(int year, UUID runId, CallerIdentity caller) {
        StoredRun run = stored(year, runId);
        MethodologyDefinition definition = methodologies.definition(run.methodologyVersion());
        MethodologyVersion methodology = LibraryMethodology.of(run.methodologyVersion(), definition);
        List<String> indicators = definition.indicators().stream().map(MethodologyDefinition.Indicator::code).toList();
        List<String> factors = definition.contextFactors().stream().map(MethodologyDefinition.ContextFactor::code).toList();
        List<CohortRow> cohort = run.cohortRecorded() ? loader.runCohort(runId) : loader.currentCohort();
        CohortData data = loader.load(cohort, run.dataSets(), indicators, factors);
        Classification again = classifier.classify(methodology, data, year);

        Map<String, ComputedSchool> stored = storedResults(runId);
        Map<String, ComputedSchool> recomputed = new HashMap<>();
        again.schools().forEach(s -> recomputed.put(s.schoolCode(), s));
        Map<String, List<String>> differing = new TreeMap<>();
        stored.forEach((code, s) -> {
            ComputedSchool r = recomputed.get(code);
            List<String> fields = r == null ? List.of("missing") : differences(s, r);
            if (!fields.isEmpty()) {
                differing.put(code, fields);
            }
        });
        recomputed.keySet().stream().filter(code -> !stored.containsKey(code)).forEach(code -> differing.put(code, List.of("extra")));
        String storedSummary = jdbc.sql("select summary::text from school_index.classification_run where id = ?")
                .param(runId).query(String.class).single();
        boolean summaryEqual = sameJson(storedSummary, again.summary());

        // the run is the region's; which schools differ is shown only where the caller may read
        CallerScope scope = CallerScope.forReading(caller);
        Map<String, String> municipalities = municipalities(cohort);
        List<SchoolDifference> visible = new ArrayList<>();
        differing.forEach((code, fields) -> {
            if (scope.includes(code, municipalities.get(code))) {
                visible.add(new SchoolDifference(code, fields));
            }
        });
        return new RecomputationReport(record(run), differing.isEmpty() && summaryEqual, summaryEqual, stored.size(), visible);
    }

    private StoredRun stored(int year, UUID runId) {
        return inputs.find(year, runId).orElseThrow(() -> new NotFoundException("classification run", runId));
    }

    private RunRecord record(StoredRun run) {
        return new RunRecord(run.runId(), run.year(), run.methodologyVersion(), run.computedAt(), run.computedBy(),
                run.schoolCount(), run.dataSetsAssumed(), run.cohortRecorded(),
                dataSets.views(run.dataSets().stream().map(DataSetRef::id).toList()));
    }

    private List<String> differences(ComputedSchool stored, ComputedSchool again) {
        List<String> fields = new ArrayList<>();
        // Double.equals compares the bits: "equal" here means bit for bit, not within a tolerance
        if (!Objects.equals(stored.ior(), again.ior())) {
            fields.add("ior");
        }
        if (!Objects.equals(stored.iorQuartile(), again.iorQuartile())) {
            fields.add("iorQuartile");
        }
        if (!Objects.equals(stored.isbsh(), again.isbsh())) {
            fields.add("isbsh");
        }
        if (!Objects.equals(stored.isbshQuartile(), again.isbshQuartile())) {
            fields.add("isbshQuartile");
        }
        if (!stored.statuses().equals(again.statuses())) {
            fields.add("statuses");
        }
        if (!sameJson(stored.explanation(), again.explanation())) {
            fields.add("explanation");
        }
        return fields;
    }

    /**
     * The JSON values are compared, numbers as doubles: runs stored before 20261208-02 kept their
     * explanations in jsonb, which keeps neither key order nor spacing.
     */
    private boolean sameJson(String a, String b) {
        return json.readTree(a).equals(json.readTree(b));
    }

    private Map<String, ComputedSchool> storedResults(UUID runId) {
        Map<String, ComputedSchool> results = new HashMap<>();
        jdbc.sql("""
                        select school_code, ior, ior_quartile, isbsh, isbsh_quartile, statuses, explanation::text
                          from school_index.classification_result where run_id = ?""")
                .param(runId)
                .query(rs -> {
                    results.put(rs.getString(1), new ComputedSchool(rs.getString(1), (Double) rs.getObject(2),
                            integer(rs.getObject(3)), (Double) rs.getObject(4), integer(rs.getObject(5)),
                            Arrays.asList((String[]) rs.getArray(6).getArray()), rs.getString(7)));
                });
        return results;
    }

    /** The run's own municipalities first; a school it did not have (an extra one) as the cohort has it now. */
    private Map<String, String> municipalities(List<CohortRow> cohort) {
        Map<String, String> municipalities = new HashMap<>();
        jdbc.sql("select code, municipality_code from school_index.cohort_school")
                .query(rs -> {
                    municipalities.put(rs.getString(1), rs.getString(2));
                });
        cohort.forEach(s -> municipalities.put(s.code(), s.municipality()));
        return municipalities;
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
