package ru.mentoring.monitoring.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.assessment.AssessmentService;
import ru.mentoring.monitoring.assessment.AssessmentSheets;
import ru.mentoring.monitoring.assessment.AssessmentViews.Assessment;
import ru.mentoring.monitoring.assessment.AssessmentViews.Breakdown;
import ru.mentoring.monitoring.competency.CompetencyController;
import ru.mentoring.monitoring.competency.CompetencyService;
import ru.mentoring.monitoring.dynamics.DynamicsService;
import ru.mentoring.monitoring.dynamics.DynamicsSheets;
import ru.mentoring.monitoring.export.SheetTable;
import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.monitoring.index.IndexClassifications;
import ru.mentoring.monitoring.learners.LearnerService;
import ru.mentoring.monitoring.plan.PlanService;
import ru.mentoring.monitoring.plan.PlanSheets;
import ru.mentoring.monitoring.plan.PlanViews.Plan;
import ru.mentoring.monitoring.recommendation.RecommendationsOfYear;
import ru.mentoring.monitoring.recommendation.RoundFigures;
import ru.mentoring.monitoring.registry.RegistryFigures.RegistrySchool;
import ru.mentoring.monitoring.registry.RegistryFigures;
import ru.mentoring.monitoring.registry.RegistryYear;
import ru.mentoring.monitoring.report.NoteData.LowResultsYear;
import ru.mentoring.monitoring.round.MentoringForm;
import ru.mentoring.monitoring.stage1.Stage1Service;
import ru.mentoring.monitoring.stage1.Stage1Sheets;
import ru.mentoring.monitoring.stage1.Stage1Views.AnswerView;
import ru.mentoring.monitoring.stage1.Stage1Views.Quadrant;
import ru.mentoring.monitoring.stage1.Stage1Views.SchoolStage1;
import ru.mentoring.monitoring.targets.TargetService;
import ru.mentoring.monitoring.targets.TargetSheets;
import ru.mentoring.monitoring.targets.TargetViews.TargetReport;
import ru.mentoring.monitoring.web.ProgrammeYears;
import ru.mentoring.platform.privacy.SmallCells;

/** Gathers a scope's monitoring data for the information note and its workbook. */
@Service
class NoteService {

    /** How many years the ШНОР share of the note's chart goes back, the note's year included. */
    static final int TREND_YEARS = 5;

    private final AssessmentService assessments;
    private final DynamicsService dynamics;
    private final TargetService targets;
    private final CompetencyService competencies;
    private final Stage1Service stage1;
    private final PlanService plans;
    private final RegistryFigures registry;
    private final RegistryYear registryYear;
    private final LearnerService learners;
    private final IndexClassifications index;
    private final RecommendationsOfYear recommendations;
    private final RoundFigures rounds;
    private final Map<String, String> municipalityNames;
    private final Clock clock;
    private final ZoneId zone;

    NoteService(AssessmentService assessments, DynamicsService dynamics, TargetService targets,
            CompetencyService competencies, Stage1Service stage1, PlanService plans, RegistryFigures registry,
            RegistryYear registryYear, LearnerService learners, IndexClassifications index, RecommendationsOfYear recommendations,
            RoundFigures rounds, Environment environment, Clock clock, @Value("${monitoring.time-zone:Europe/Moscow}") String zone) {
        this.recommendations = recommendations;
        this.rounds = rounds;
        this.registry = registry;
        this.registryYear = registryYear;
        this.learners = learners;
        this.index = index;
        // the municipalities' names as the web knows them (platform.municipalities.<code>: name); none: the code
        this.municipalityNames = Binder.get(environment)
                .bind("platform.municipalities", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        this.assessments = assessments;
        this.dynamics = dynamics;
        this.targets = targets;
        this.competencies = competencies;
        this.stage1 = stage1;
        this.plans = plans;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    /**
     * @param municipality the caller's municipality, for the heading of a school administrator's note
     * @param reader       the reader's small-cell rule: a department viewer's note hides what the API's tables hide
     */
    NoteData gather(Scope scope, int year, String municipality, SmallCells.Reader reader) {
        TargetReport targetReport = targets.targets(scope, year, reader);
        Optional<Plan> plan = scope.isSchool()
                ? plans.ofSchool(scope.schoolCode(), year)
                : plans.municipal(scope.municipalityCode(), year);
        String municipalityCode = scope.municipalityCode() != null ? scope.municipalityCode() : municipality;
        Map<String, String> schoolNames = new HashMap<>();
        if (municipalityCode != null) {
            Available<List<RegistrySchool>> schools = registry.schoolsOf(municipalityCode);
            if (schools.present()) {
                schools.value().forEach(s -> schoolNames.put(s.code(), s.displayName()));
            }
        }
        if (scope.isSchool() && !schoolNames.containsKey(scope.schoolCode())) {
            Available<RegistrySchool> school = registry.school(scope.schoolCode());
            if (school.present()) {
                schoolNames.put(scope.schoolCode(), school.value().displayName());
            }
        }
        // the district's ШНОР trend belongs to the municipality's note
        List<LowResultsYear> lowResults = scope.isSchool() ? List.of() : lowResults(year, schoolNames.keySet());
        Assessment assessment = assessments.assess(scope, year, null, null, reader);
        return new NoteData(year, municipalityCode, municipalityCode == null ? null : municipalityNames.get(municipalityCode),
                scope.schoolCode(), targetReport.schoolName(), Map.copyOf(schoolNames), lowResults, LocalDate.now(clock.withZone(zone)),
                assessment, dynamics.dynamics(scope, year, null, null, reader),
                targetReport, competencies.summary(scope, year, reader),
                scope.isSchool() ? stage1.read(scope, year) : Optional.empty(),
                scope.isSchool() ? Optional.empty() : Optional.of(stage1.district(scope, year)), plan, reader.shownAs(),
                registryYear(scope, municipalityCode, year, reader), byForm(scope, year, assessment, reader),
                learners.results(scope, year, reader), followUp(scope, year, reader),
                recognitionAndTeams(scope, municipalityCode, year, reader, lowResults));
    }

    /** The year's awarded mentors and pairs, and the ШНОР schools' management teams (the municipality's note only). */
    private RecognitionAndTeams recognitionAndTeams(Scope scope, String municipalityCode, int year, SmallCells.Reader reader,
            List<LowResultsYear> lowResults) {
        if (!scope.isSchool() && municipalityCode == null) {
            return RecognitionAndTeams.none();
        }
        Available<List<RegistryYear.Award>> awards = registryYear.awarded(scope.isSchool() ? null : municipalityCode,
                scope.schoolCode(), year);
        String teamsUnavailable = null;
        List<RegistryYear.ManagementLine> teams = List.of();
        if (!scope.isSchool()) {
            Available<Map<String, Set<String>>> statuses = index.statuses(year);
            Available<List<RegistryYear.ManagementLine>> management = registryYear.management(municipalityCode);
            if (!statuses.present()) {
                teamsUnavailable = "нет классификации школ за " + year + " год: ШНОР не определены";
            } else if (!management.present()) {
                teamsUnavailable = management.unavailable();
            } else {
                teams = management.value().stream().filter(m -> statuses.value().getOrDefault(m.schoolCode(), Set.of())
                        .contains(IndexClassifications.LOW_RESULTS)).toList();
            }
        }
        return new RecognitionAndTeams(awards.present() ? null : awards.unavailable(), awards.present() ? awards.value() : List.of(),
                !reader.hidesSmallCells(), teamsUnavailable, teams);
    }

    /**
     * The year before's recommendations in the scope, each with its round's figure and the same
     * school's comparable rounds' figure of this year (see {@link RoundFigures} for the figure chosen).
     */
    private List<FollowUp> followUp(Scope scope, int year, SmallCells.Reader reader) {
        List<FollowUp> out = new ArrayList<>();
        for (RecommendationsOfYear.Line line : recommendations.of(scope, year - 1)) {
            RoundFigures.Figure before = line.roundId() == null ? null : rounds.ofRound(scope, line.roundId()).orElse(null);
            RoundFigures.Figure after = before == null ? null
                    : rounds.ofSchool(scope, before.schoolCode(), year, before.templateCode()).orElse(null);
            out.add(new FollowUp(line, before, after, before != null && reader.hides(before.answered()),
                    after != null && reader.hides(after.answered())));
        }
        return out;
    }

    /**
     * The registry's pairs, people and programme events of the programme year. The period is the
     * rounds' own (a round opened from pairs asks the pairs that ran in 01.09.Y–31.08.Y+1, {@link ProgrammeYears}), so the
     * note counts the same people its questionnaires asked.
     */
    private RegistryYearSection registryYear(Scope scope, String municipalityCode, int year, SmallCells.Reader reader) {
        LocalDate from = ProgrammeYears.firstDay(year);
        LocalDate to = ProgrammeYears.lastDay(year);
        if (!scope.isSchool() && municipalityCode == null) {
            return RegistryYearSection.unavailable(from, to, "муниципалитет не определен");
        }
        String municipality = scope.isSchool() ? null : municipalityCode;
        return RegistryYearSection.of(from, to, registryYear.counts(municipality, scope.schoolCode(), from, to),
                registryYear.support(municipality, scope.schoolCode(), from, to), reader);
    }

    /** The dynamics of each form that had respondents (the assessment's per-form lines say which). */
    private List<NoteData.FormFindings> byForm(Scope scope, int year, Assessment assessment, SmallCells.Reader reader) {
        Set<String> forms = new LinkedHashSet<>();
        assessment.tables().forEach(t -> t.byForm().stream().map(Breakdown::key).filter(Objects::nonNull).forEach(forms::add));
        List<NoteData.FormFindings> findings = new ArrayList<>();
        for (MentoringForm form : MentoringForm.values()) {
            if (forms.contains(form.name())) {
                findings.add(new NoteData.FormFindings(form.name(), MentoringForm.labelOf(form),
                        dynamics.dynamics(scope, year, null, form, reader)));
            }
        }
        return findings;
    }

    /**
     * The municipality's ШНОР share in each of the last {@link #TREND_YEARS} years that the index
     * service classified: its schools (the registry's) with the ШНОР status among those classified.
     * The index service's own trend is not open to other services, its classifications are.
     */
    private List<LowResultsYear> lowResults(int year, Set<String> schools) {
        List<LowResultsYear> years = new ArrayList<>();
        for (int y = year - TREND_YEARS + 1; y <= year; y++) {
            Available<Map<String, Set<String>>> statuses = index.statuses(y);
            if (!statuses.present()) {
                continue;
            }
            int classified = 0;
            int low = 0;
            for (String school : schools) {
                Set<String> s = statuses.value().get(school);
                if (s != null) {
                    classified++;
                    low += s.contains(IndexClassifications.LOW_RESULTS) ? 1 : 0;
                }
            }
            if (classified > 0) {
                years.add(new LowResultsYear(y, low, classified));
            }
        }
        return years;
    }

    /** Every table of the note as worksheets. */
    static List<SheetTable> sheets(NoteData data) {
        List<SheetTable> sheets = new ArrayList<>(TargetSheets.of(data.targets(), data.hiddenAs()));
        sheets.addAll(AssessmentSheets.of(data.assessment(), data.hiddenAs()));
        sheets.addAll(DynamicsSheets.of(data.dynamics(), data.hiddenAs()));
        sheets.add(CompetencyController.sheet(data.competency(), data.hiddenAs()));
        data.districtStage1().ifPresent(d -> sheets.addAll(Stage1Sheets.of(d)));
        data.schoolStage1().ifPresent(s -> sheets.addAll(schoolStage1(s)));
        data.plan().ifPresent(p -> sheets.add(PlanSheets.of(p)));
        sheets.addAll(registrySheets(data));
        if (!data.followUp().isEmpty()) {
            SheetTable followUp = SheetTable.of("Рекомендации прошлого года", "Исполнение рекомендаций по итогам мониторинга "
                    + (data.programmeYear() - 1) + " года", "Школа", "Рекомендация", "Решение школы", "Срок", "Исполнение",
                    "Изменение показателя");
            for (FollowUp f : data.followUp()) {
                followUp.row(data.school(f.line().schoolCode()), f.line().text(), f.line().decision() == null ? "—" : f.line().decision(),
                        f.line().dueDate() == null ? "—" : InformationNote.date(f.line().dueDate()), f.state(data.date()),
                        f.moved(data.programmeYear(), data.hiddenAs()));
            }
            sheets.add(followUp);
        }
        return sheets;
    }

    /** The registry's sections of the note: a hidden count is the reader's «<5», an unanswered registry no sheet. */
    private static List<SheetTable> registrySheets(NoteData data) {
        RegistryYearSection r = data.registryYear();
        List<SheetTable> sheets = new ArrayList<>();
        String period = InformationNote.period(r);
        if (r.unavailable() == null) {
            SheetTable models = SheetTable.of("Формы и модели", "Пары по формам и моделям взаимодействия, " + period,
                    "Форма наставничества", "Модель взаимодействия", "Пар");
            r.models().forEach(m -> models.row(m.formLabel(), m.modelLabel(), shown(m.pairs(), data)));
            SheetTable people = SheetTable.of("Участники по формам", "Участники по формам наставничества и категориям, " + period,
                    "Форма наставничества", "Роль", "Категория", "Человек");
            r.people().forEach(p -> people.row(p.form() == null ? "все формы" : p.formLabel(),
                    "MENTOR".equals(p.role()) ? "наставники" : "наставляемые", p.kindLabel(), shown(p.people(), data)));
            sheets.add(models);
            sheets.add(people);
        }
        if (r.supportUnavailable() == null) {
            SheetTable support = SheetTable.of("Формы работы", "Формы работы в ходе сопровождения, " + period,
                    "Форма работы", "Пар", "Мероприятий", "Проведено");
            r.support().forEach(s -> support.row(s.title(), s.pairs(), s.events(), s.done()));
            sheets.add(support);
        }
        return sheets;
    }

    private static Object shown(Long n, NoteData data) {
        return n == null ? data.hiddenAs() : n;
    }

    private static List<SheetTable> schoolStage1(SchoolStage1 s) {
        SheetTable curator = SheetTable.of("Анкета куратора", "Анкета куратора, " + s.programmeYear() + " г.", "Вопрос", "Ответ");
        for (AnswerView a : s.answers()) {
            curator.row(a.text(), a.value() instanceof Boolean || a.value() instanceof Number ? a.value() : String.valueOf(a.value()));
        }
        SheetTable swot = SheetTable.of("SWOT", "SWOT-анализ программы наставничества, " + s.programmeYear() + " г.", "Раздел", "Пункт");
        for (Quadrant q : Quadrant.values()) {
            s.swot().of(q).forEach(entry -> swot.row(q.title(), entry));
        }
        return List.of(curator, swot);
    }
}
