package ru.mentoring.monitoring.dynamics;


import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.monitoring.access.Scopes;
import ru.mentoring.monitoring.dynamics.DynamicsViews.Dynamics;
import ru.mentoring.monitoring.export.Workbooks;
import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.round.MentoringForm;
import ru.mentoring.platform.privacy.SmallCells;
import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.monitoring.web.ProgrammeYear;

/** Dynamics before/after: aggregates over paired people, readable by a department viewer too. */
@RestController
@Validated
@RequestMapping("/api/monitoring/dynamics")
class DynamicsController {

    private final DynamicsService dynamics;
    private final Scopes scopes;
    private final SmallCells smallCells;

    DynamicsController(DynamicsService dynamics, Scopes scopes, SmallCells smallCells) {
        this.dynamics = dynamics;
        this.scopes = scopes;
        this.smallCells = smallCells;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    Dynamics dynamics(
            @RequestParam @ProgrammeYear int programmeYear,
            @RequestParam(required = false) String schoolCode,
            @RequestParam(required = false) RespondentRole role,
            @RequestParam(required = false) MentoringForm form) {
        // a department viewer gets no figure over 1–4 people
        return dynamics.dynamics(scopes.read(CurrentCaller.get(), schoolCode), programmeYear, role, form,
                smallCells.readerOf(CurrentCaller.get()));
    }

    @GetMapping(produces = Workbooks.XLSX)
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    ResponseEntity<byte[]> workbook(
            @RequestParam @ProgrammeYear int programmeYear,
            @RequestParam(required = false) String schoolCode,
            @RequestParam(required = false) RespondentRole role,
            @RequestParam(required = false) MentoringForm form) {
        return Workbooks.download("dynamics-" + programmeYear + ".xlsx",
                DynamicsSheets.of(dynamics(programmeYear, schoolCode, role, form), smallCells.shownAs()));
    }
}
