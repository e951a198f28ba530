package ru.mentoring.monitoring.targets;


import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.monitoring.access.Scopes;
import ru.mentoring.monitoring.export.Workbooks;
import ru.mentoring.monitoring.targets.TargetViews.TargetReport;
import ru.mentoring.platform.privacy.SmallCells;
import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.monitoring.web.ProgrammeYear;

/**
 * Целевые показатели программы: value against target per school (school administrator: theirs) or
 * per municipality with a line per school (coordinator, department viewer).
 */
@RestController
@Validated
@RequestMapping("/api/monitoring/targets")
class TargetController {

    private final TargetService targets;
    private final Scopes scopes;
    private final SmallCells smallCells;

    TargetController(TargetService targets, Scopes scopes, SmallCells smallCells) {
        this.targets = targets;
        this.scopes = scopes;
        this.smallCells = smallCells;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    TargetReport targets(
            @RequestParam @ProgrammeYear int programmeYear,
            @RequestParam(required = false) String schoolCode,
            @RequestParam(defaultValue = "true") boolean bySchool) {
        // a department viewer gets no figure over 1–4 people
        return targets.targets(scopes.read(CurrentCaller.get(), schoolCode), programmeYear,
                smallCells.readerOf(CurrentCaller.get()), bySchool);
    }

    @GetMapping(produces = Workbooks.XLSX)
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    ResponseEntity<byte[]> workbook(
            @RequestParam @ProgrammeYear int programmeYear,
            @RequestParam(required = false) String schoolCode) {
        return Workbooks.download("targets-" + programmeYear + ".xlsx",
                TargetSheets.of(targets(programmeYear, schoolCode, true), smallCells.shownAs()));
    }
}
