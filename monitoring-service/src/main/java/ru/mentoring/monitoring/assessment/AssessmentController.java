package ru.mentoring.monitoring.assessment;


import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.monitoring.access.Scopes;
import ru.mentoring.monitoring.assessment.AssessmentViews.Assessment;
import ru.mentoring.monitoring.export.Workbooks;
import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.round.MentoringForm;
import ru.mentoring.platform.privacy.SmallCells;
import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.monitoring.web.ProgrammeYear;

/**
 * Личностная оценка наставляемых / наставников: aggregated counts, which a department viewer may
 * read too. A school administrator gets their school; a coordinator or viewer their municipality,
 * or one school of it ({@code schoolCode}); a school of another municipality is not found (404).
 */
@RestController
@Validated
@RequestMapping("/api/monitoring/assessment")
class AssessmentController {

    private final AssessmentService assessments;
    private final Scopes scopes;
    private final SmallCells smallCells;

    AssessmentController(AssessmentService assessments, Scopes scopes, SmallCells smallCells) {
        this.assessments = assessments;
        this.scopes = scopes;
        this.smallCells = smallCells;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    Assessment assessment(
            @RequestParam @ProgrammeYear int programmeYear,
            @RequestParam(required = false) String schoolCode,
            @RequestParam(required = false) RespondentRole role,
            @RequestParam(required = false) MentoringForm form) {
        // a department viewer gets no figure over 1–4 people
        return assessments.assess(scopes.read(CurrentCaller.get(), schoolCode), programmeYear, role, form,
                smallCells.readerOf(CurrentCaller.get()));
    }

    /** The same tables as a workbook (Accept: the XLSX media type). */
    @GetMapping(produces = Workbooks.XLSX)
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    ResponseEntity<byte[]> workbook(
            @RequestParam @ProgrammeYear int programmeYear,
            @RequestParam(required = false) String schoolCode,
            @RequestParam(required = false) RespondentRole role,
            @RequestParam(required = false) MentoringForm form) {
        Assessment a = assessment(programmeYear, schoolCode, role, form);
        return Workbooks.download("assessment-" + programmeYear + ".xlsx", AssessmentSheets.of(a, smallCells.shownAs()));
    }
}
