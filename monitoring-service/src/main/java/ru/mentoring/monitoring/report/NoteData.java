package ru.mentoring.monitoring.report;

import java.time.LocalDate;
import java.util.Optional;

import ru.mentoring.monitoring.assessment.AssessmentViews.Assessment;
import ru.mentoring.monitoring.competency.CompetencyViews;
import ru.mentoring.monitoring.dynamics.DynamicsViews.Dynamics;
import ru.mentoring.monitoring.plan.PlanViews.Plan;
import ru.mentoring.monitoring.stage1.Stage1Views.DistrictStage1;
import ru.mentoring.monitoring.stage1.Stage1Views.SchoolStage1;
import ru.mentoring.monitoring.targets.TargetViews.TargetReport;
import ru.mentoring.platform.privacy.SmallCells;

/**
 * Everything the information note rests on, gathered once for a scope and year.
 *
 * @param schoolStage1   the school's curator questionnaire and SWOT (a school's note)
 * @param districtStage1 what the municipality's schools wrote (a municipality's note)
 * @param plan           the plan of events: the municipality's, or the school's own when it keeps one
 * @param hiddenAs       what a figure suppressed for the reader reads («<5», see {@link SmallCells})
 */
record NoteData(int programmeYear, String municipalityCode, String schoolCode, String schoolName, LocalDate date,
        Assessment assessment, Dynamics dynamics, TargetReport targets, CompetencyViews.Summary competency,
        Optional<SchoolStage1> schoolStage1, Optional<DistrictStage1> districtStage1, Optional<Plan> plan,
        String hiddenAs) {


    boolean forSchool() {
        return schoolCode != null;
    }

    /** «МБОУ СОШ №1 (код 61-001)» or «муниципалитет 61-mil». */
    String whose() {
        if (schoolCode == null) {
            return "муниципалитет " + municipalityCode;
        }
        return schoolName != null ? schoolName + " (код " + schoolCode + ")" : "школа " + schoolCode;
    }
}
