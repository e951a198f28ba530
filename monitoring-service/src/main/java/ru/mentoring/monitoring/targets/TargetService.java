package ru.mentoring.monitoring.targets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Service;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.assessment.AssessmentService;
import ru.mentoring.monitoring.assessment.AssessmentViews.Assessment;
import ru.mentoring.monitoring.assessment.AssessmentViews.Breakdown;
import ru.mentoring.monitoring.assessment.AssessmentViews.RoleTable;
import ru.mentoring.monitoring.competency.CompetencyService;
import ru.mentoring.monitoring.competency.SchoolScores;
import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.monitoring.index.IndexClassifications;
import ru.mentoring.monitoring.index.LowResultList;
import ru.mentoring.monitoring.learners.LearnerService;
import ru.mentoring.monitoring.learners.LearnerViews;
import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.registry.RegistryFigures;
import ru.mentoring.monitoring.registry.RegistryFigures.RegistrySchool;
import ru.mentoring.monitoring.registry.RegistryFigures.SchoolCounts;
import ru.mentoring.monitoring.targets.TargetCalculator.Inputs;
import ru.mentoring.monitoring.targets.TargetCalculator.Satisfaction;
import ru.mentoring.monitoring.targets.TargetViews.SchoolTargets;
import ru.mentoring.monitoring.targets.TargetViews.TargetReport;
import ru.mentoring.platform.privacy.SmallCells;
import ru.mentoring.platform.web.NotFoundException;

/**
 * Gathers the figures of the programme targets: the registry's schools and counts, the index
 * service's ШНОР of the year, the year before and the programme's first year (asked in parallel;
 * the official list where one is loaded, else the computed classification), the personal
 * assessment and the competency scores; then {@link TargetCalculator} does the arithmetic.
 *
 * <p>Programme year Y is compared with the ШНОР of year Y (which schools are ШНОР), Y − 1 (the
 * yearly decline) and the programme's first year (the decline over the programme). Registry counts
 * are the registry's current figures: it keeps no history.
 */
@Service
public class TargetService {

    private final RegistryFigures registry;
    private final IndexClassifications index;
    private final AssessmentService assessments;
    private final CompetencyService competencies;
    private final ProgrammeProperties programme;
    private final LearnerService learners;
    private final ExecutorService remote = Executors.newVirtualThreadPerTaskExecutor();

    TargetService(RegistryFigures registry, IndexClassifications index, AssessmentService assessments,
            CompetencyService competencies, ProgrammeProperties programme, LearnerService learners) {
        this.programme = programme;
        this.learners = learners;
        this.registry = registry;
        this.index = index;
        this.assessments = assessments;
        this.competencies = competencies;
    }

    @PreDestroy
    void stop() {
        remote.shutdownNow();
    }

    /**
     * The targets as this reader may see them (none resting on 1–4 people for a department viewer).
     * One school's targets are that school's line of the municipality's: a target hidden there
     * (small, or the complement of a small one) is hidden here too.
     */
    public TargetReport targets(Scope scope, int year, SmallCells.Reader reader) {
        return targets(scope, year, reader, true);
    }

    /**
     * As {@link #targets(Scope, int, SmallCells.Reader)}; without {@code bySchool} a municipality's
     * report carries its totals only: a line per school costs as much again for every school, and a
     * reader of the totals (the dashboard, three years at once) needs none of them.
     */
    public TargetReport targets(Scope scope, int year, SmallCells.Reader reader, boolean bySchool) {
        TargetReport shown = targets(scope, year, bySchool).shownTo(reader);
        if (!reader.hidesSmallCells() || !scope.isSchool() || scope.municipalityCode() == null) {
            return shown;
        }
        Set<String> hidden = new HashSet<>();
        targets(new Scope(scope.municipalityCode(), null), year).shownTo(reader).schools().stream()
                .filter(s -> scope.schoolCode().equals(s.schoolCode()))
                .forEach(s -> s.targets().stream().filter(TargetViews.Target::suppressed)
                        .forEach(t -> hidden.add(t.code())));
        return shown.withTargetsHidden(hidden, reader);
    }

    public TargetReport targets(Scope scope, int year) {
        return targets(scope, year, true);
    }

    private TargetReport targets(Scope scope, int year, boolean bySchool) {
        int firstYear = programme.firstYear();
        CompletableFuture<Available<LowResultList>> statuses = async(() -> index.lowResults(year));
        CompletableFuture<Available<LowResultList>> previous = async(() -> index.lowResults(year - 1));
        CompletableFuture<Available<LowResultList>> first = year - 1 == firstYear ? previous
                : year == firstYear ? statuses : async(() -> index.lowResults(firstYear));
        CompletableFuture<Available<List<RegistrySchool>>> municipalSchools = scope.municipalityCode() == null
                ? CompletableFuture.completedFuture(null)
                : async(() -> registry.schoolsOf(scope.municipalityCode()));

        CompletableFuture<Available<RegistrySchool>> ownSchool = scope.isSchool() && scope.municipalityCode() == null
                ? async(() -> registry.school(scope.schoolCode()))
                : CompletableFuture.completedFuture(null);

        Assessment assessment = assessments.satisfaction(scope, year);
        List<SchoolScores> competency = competencies.scores(scope, year);
        // exact figures: the calculator suppresses below five mentees, the reader's rule is applied after
        Map<String, LearnerViews.Results> learnersBySchool = learners.resultsBySchool(scope, year);
        LearnerViews.Results learnerTotal = learners.results(scope, year);

        Available<List<RegistrySchool>> schoolList = municipalSchools.join();
        List<RegistrySchool> known = schoolList != null && schoolList.present() ? schoolList.value() : List.of();
        String schoolName = null;
        List<String> schools;
        Available<Map<String, SchoolCounts>> counts;
        if (scope.isSchool()) {
            if (schoolList != null && schoolList.present()) {
                // a coordinator's or viewer's school: the registry must place it in their municipality
                RegistrySchool school = known.stream().filter(s -> s.code().equals(scope.schoolCode())).findFirst()
                        .orElseThrow(() -> new NotFoundException("school", scope.schoolCode()));
                schoolName = school.displayName();
            }
            Available<RegistrySchool> own = ownSchool.join();
            if (own != null && own.present()) {
                schoolName = own.value().displayName();
            }
            schools = List.of(scope.schoolCode());
            counts = schoolList != null && !schoolList.present() ? Available.unavailable(schoolList.unavailable())
                    : registry.countsOf(schools);
        } else {
            schools = known.stream().map(RegistrySchool::code).sorted().toList();
            counts = schoolList.present() ? registry.countsOf(schools) : Available.unavailable(schoolList.unavailable());
        }
        Available<LowResultList> y = statuses.join();
        Available<LowResultList> y1 = previous.join();
        Available<LowResultList> y0 = first.join();
        if (!scope.isSchool() && !schoolList.present()) {
            // without the registry the municipality's schools are unknown: the classification cannot be narrowed to them
            y = Available.unavailable(schoolList.unavailable());
            y1 = Available.unavailable(schoolList.unavailable());
            y0 = Available.unavailable(schoolList.unavailable());
        }

        Map<String, String> names = new HashMap<>();
        known.forEach(s -> names.put(s.code(), s.displayName()));
        if (scope.isSchool() && schoolName != null) {
            names.put(scope.schoolCode(), schoolName);
        }
        Inputs total = new Inputs(year, programme.period(), schools, !scope.isSchool(), counts, y, y1, y0,
                satisfaction(assessment.table(RespondentRole.MENTEE), assessment.satisfiedFrom(), null),
                satisfaction(assessment.table(RespondentRole.MENTOR), assessment.satisfiedFrom(), null),
                competency, names, learnerTotal);
        List<SchoolTargets> perSchool = new ArrayList<>();
        if (!scope.isSchool() && bySchool) {
            for (RegistrySchool school : known.stream().sorted((a, b) -> a.code().compareTo(b.code())).toList()) {
                Inputs one = new Inputs(year, programme.period(), List.of(school.code()), false, counts, y, y1, y0,
                        satisfaction(assessment.table(RespondentRole.MENTEE), assessment.satisfiedFrom(), school.code()),
                        satisfaction(assessment.table(RespondentRole.MENTOR), assessment.satisfiedFrom(), school.code()),
                        competency.stream().filter(c -> school.code().equals(c.schoolCode())).toList(), names,
                        learnersBySchool.get(school.code()));
                perSchool.add(new SchoolTargets(school.code(), school.displayName(), TargetCalculator.targets(one)));
            }
        }
        return new TargetReport(year, scope.municipalityCode(), scope.schoolCode(), schoolName,
                TargetCalculator.targets(total), perSchool);
    }

    private static Satisfaction satisfaction(RoleTable table, int threshold, String school) {
        if (school == null) {
            return new Satisfaction(table.respondents(), table.satisfiedWithJointWork(), threshold);
        }
        return table.bySchool().stream().filter(b -> school.equals(b.key())).findFirst()
                .map((Breakdown b) -> new Satisfaction(b.respondents(), b.satisfiedWithJointWork(), threshold))
                .orElse(new Satisfaction(0, 0, threshold));
    }

    private <T> CompletableFuture<T> async(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, remote);
    }
}
