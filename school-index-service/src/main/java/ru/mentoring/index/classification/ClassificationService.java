package ru.mentoring.index.classification;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.index.data.DataSetRef;
import ru.mentoring.index.data.DataSetService;
import ru.mentoring.index.data.ValueKind;
import ru.mentoring.index.methodology.CohortData;
import ru.mentoring.index.methodology.ComputationException;
import ru.mentoring.index.methodology.MethodologyException;
import ru.mentoring.index.methodology.MethodologyVersion;
import ru.mentoring.index.methodologyversion.MethodologyDefinition;
import ru.mentoring.index.methodologyversion.MethodologyVersionService;
import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.NotFoundException;

@Service
class ClassificationService {

    private static final Logger log = LoggerFactory.getLogger(ClassificationService.class);

    /** The three-year rules (stably low/high, unstable results) look at Y-2, Y-1 and Y. */
    private static final int YEARS_BACK = 2;

    private final MethodologyVersionService methodologies;
    private final DataSetService dataSets;
    private final RunInputs inputs;
    private final CohortLoader loader;
    private final CohortClassifier classifier;
    private final ClassificationStore store;
    private final JdbcClient jdbc;
    private final MeterRegistry meters;
    private final Timer duration;

    ClassificationService(MethodologyVersionService methodologies, DataSetService dataSets, RunInputs inputs,
            CohortLoader loader, CohortClassifier classifier, ClassificationStore store, JdbcClient jdbc, MeterRegistry meters) {
        this.methodologies = methodologies;
        this.dataSets = dataSets;
        this.inputs = inputs;
        this.loader = loader;
        this.classifier = classifier;
        this.store = store;
        this.jdbc = jdbc;
        this.meters = meters;
        this.duration = Timer.builder("index.classification.duration")
                .description("Loading the cohort, computing and storing one classification").register(meters);
    }

    /**
     * Computes the year's classification for every school of the cohort with the given version and
     * stores it as a new run (earlier runs stay, so a past list can be shown again); the version is
     * marked used and can no longer change. The run records the data sets and the cohort it read
     * ({@link RunInputs}), so that it can be recomputed later ({@link RunRecomputation}).
     */
    @Transactional
    RunSummary run(int year, String version, CallerIdentity caller) {
        Timer.Sample sample = Timer.start(meters);
        try {
            RunSummary run = compute(year, version, caller);
            count("stored");
            return run;
        } catch (DomainRuleException | NotFoundException | ComputationException | MethodologyException e) {
            count("rejected");
            throw e;
        } finally {
            sample.stop(duration);
        }
    }

    private RunSummary compute(int year, String version, CallerIdentity caller) {
        if (year < 2000 || year > 2100) {
            throw DomainRuleException.unprocessable("year", "Год должен быть от 2000 до 2100");
        }
        if (version == null || version.isBlank()) {
            throw DomainRuleException.unprocessable("methodology", "Укажите версию методики: ?methodology=<версия>");
        }
        MethodologyDefinition definition = methodologies.definition(version);
        MethodologyVersion methodology = LibraryMethodology.of(version, definition);
        List<String> indicators = definition.indicators().stream().map(MethodologyDefinition.Indicator::code).toList();
        List<String> factors = definition.contextFactors().stream().map(MethodologyDefinition.ContextFactor::code).toList();
        // the current data sets of the years read, each named in the run so that it can be recomputed
        List<DataSetRef> read = dataSets.current(year - YEARS_BACK, year);
        Optional<DataSetRef> thisYear = read.stream().filter(d -> d.kind() == ValueKind.INDICATOR && d.year() == year).findFirst();
        boolean hasData = thisYear.isPresent() && jdbc.sql("""
                        select exists (select 1 from school_index.indicator_value
                                        where data_set_id = ? and indicator_code = any(?))""")
                .params(thisYear.get().id(), indicators.toArray(String[]::new))
                .query(Boolean.class).single();
        if (!hasData) {
            throw DomainRuleException.unprocessable("year", "За " + year
                    + " год не загружено ни одного значения показателей методики " + version
                    + ": загрузите их (POST /api/index/years/" + year + "/indicator-values)");
        }
        long started = System.nanoTime();
        List<CohortLoader.CohortRow> schools = loader.currentCohort();
        CohortData cohort = loader.load(schools, read, indicators, factors);
        long loaded = System.nanoTime();
        Classification classification = classifier.classify(methodology, cohort, year);
        long computed = System.nanoTime();
        // microseconds: what PostgreSQL keeps, so that the answer equals what a later read returns
        OffsetDateTime at = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        UUID id = store.save(year, version, caller.username(), at, classification.summary(), classification.schools());
        inputs.record(id, read, schools);
        methodologies.markUsed(version);
        log.info("Classification {} with methodology {} by {}: {} schools; load {} ms, compute {} ms, store {} ms", year,
                version, caller.username(), classification.schools().size(), (loaded - started) / 1_000_000,
                (computed - loaded) / 1_000_000, (System.nanoTime() - computed) / 1_000_000);
        return new RunSummary(id, year, version, at, caller.username(), classification.schools().size(),
                classification.summary());
    }

    /** The latest run's results that the caller may read. */
    @Transactional(readOnly = true)
    List<SchoolClassification> results(int year, CallerIdentity caller, boolean explanation) {
        RunSummary run = store.latestRun(year).orElseThrow(() -> new NotFoundException("classification", year));
        return store.results(run.runId(), caller, explanation);
    }

    /** The latest run as an XLSX workbook, the same rows the caller may read. */
    @Transactional(readOnly = true)
    byte[] spreadsheet(int year, CallerIdentity caller) {
        RunSummary run = store.latestRun(year).orElseThrow(() -> new NotFoundException("classification", year));
        return ClassificationSpreadsheet.write(run, store.namedResults(run.runId(), caller));
    }

    @Transactional(readOnly = true)
    RunSummary summary(int year) {
        return store.latestRun(year).orElseThrow(() -> new NotFoundException("classification", year));
    }

    private void count(String outcome) {
        Counter.builder("index.classifications").description("Classification runs by outcome")
                .tag("outcome", outcome).register(meters).increment();
    }
}
