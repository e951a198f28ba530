package ru.mentoring.monitoring.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.mentoring.monitoring.assessment.AssessmentViews.Assessment;
import ru.mentoring.monitoring.competency.CompetencyViews;
import ru.mentoring.monitoring.dynamics.DynamicsViews.Dynamics;
import ru.mentoring.monitoring.learners.LearnerViews;
import ru.mentoring.monitoring.plan.PlanViews.Plan;
import ru.mentoring.monitoring.stage1.Stage1Views.DistrictStage1;
import ru.mentoring.monitoring.stage1.Stage1Views.SchoolStage1;
import ru.mentoring.monitoring.targets.TargetViews.TargetReport;
import ru.mentoring.platform.privacy.SmallCells;

/**
 * Everything the information note rests on, gathered once for a scope and year.
 *
 * @param municipalityName the municipality's name (platform.municipalities), null when none is configured
 * @param schoolNames    the municipality's schools' short names by code, from the registry (empty when it did not answer)
 * @param lowResults     the municipality's ШНОР over the years (the index service's classifications; a municipality's note)
 * @param schoolStage1   the school's curator questionnaire and SWOT (a school's note)
 * @param districtStage1 what the municipality's schools wrote (a municipality's note)
 * @param plan           the plan of events: the municipality's, or the school's own when it keeps one
 * @param hiddenAs       what a figure suppressed for the reader reads («<5», see {@link SmallCells})
 * @param registryYear   the registry's pairs, people and forms of support of the year, as the reader may see them
 * @param byForm         stage 2 per form of mentoring that had respondents
 * @param learners       the mentored pupils' marks, absences, registers and clubs before and after, as the reader may see them
 * @param followUp       the year before's recommendations, their decisions and whether their rounds' figures moved
 */
record NoteData(int programmeYear, String municipalityCode, String municipalityName, String schoolCode, String schoolName,
        Map<String, String> schoolNames, List<LowResultsYear> lowResults, LocalDate date,
        Assessment assessment, Dynamics dynamics, TargetReport targets, CompetencyViews.Summary competency,
        Optional<SchoolStage1> schoolStage1, Optional<DistrictStage1> districtStage1, Optional<Plan> plan,
        String hiddenAs, RegistryYearSection registryYear, List<FormFindings> byForm, LearnerViews.Results learners,
        List<FollowUp> followUp, RecognitionAndTeams recognitionAndTeams) {


    /** The monitoring's own findings for one form: its dynamics (the assessment's per-form lines are in {@code assessment}). */
    record FormFindings(String form, String formLabel, Dynamics dynamics) {
    }

    boolean forSchool() {
        return schoolCode != null;
    }

    /** One year of the municipality's ШНОР: its schools with the status among those classified. */
    record LowResultsYear(int year, int lowResultsCount, int schoolCount) {

        double sharePercent() {
            return 100.0 * lowResultsCount / schoolCount;
        }
    }

    /** «МБОУ СОШ № 1» or «Миллеровский район»: names, never codes (a code only where no name is known at all). */
    String whose() {
        if (schoolCode == null) {
            return municipality();
        }
        return schoolName != null ? schoolName : school(schoolCode);
    }

    /** The municipality's name, or «муниципалитет <code>» where the service has no name for it. */
    String municipality() {
        if (municipalityName != null) {
            return municipalityName;
        }
        return municipalityCode == null ? "—" : "муниципалитет " + municipalityCode;
    }

    /**
     * The text with every school code of the municipality replaced by the school's name: the targets'
     * bases are written with codes by the service that computes them.
     */
    String naming(String text) {
        if (text == null || schoolNames.isEmpty()) {
            return text;
        }
        String named = text;
        // longer codes first, so mil-sosh-12 is not read as mil-sosh-1 followed by a 2
        for (String code : schoolNames.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            named = named.replaceAll("(?<![\\p{L}\\d_-])" + Pattern.quote(code) + "(?![\\p{L}\\d_-])",
                    Matcher.quoteReplacement(schoolNames.get(code)));
        }
        return named;
    }

    /** A school by its short name from the registry; the code only when the registry did not name it. */
    String school(String code) {
        return schoolNames.getOrDefault(code, code);
    }
}
