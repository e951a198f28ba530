package ru.mentoring.monitoring.stage1;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.access.Scopes;
import ru.mentoring.monitoring.export.Workbooks;
import ru.mentoring.monitoring.stage1.Stage1Views.CuratorItem;
import ru.mentoring.monitoring.stage1.Stage1Views.DistrictStage1;
import ru.mentoring.monitoring.stage1.Stage1Views.SchoolStage1;
import ru.mentoring.monitoring.stage1.Stage1Views.Stage1Request;
import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.monitoring.web.ProgrammeYear;

/**
 * Stage 1 of monitoring: the curator's questionnaire and the SWOT analysis of a school's programme
 * (written by the school administrator or the coordinator; read by them and the department viewer),
 * and the district view that groups what the schools wrote.
 */
@RestController
@Validated
@RequestMapping("/api/monitoring/stage1")
class Stage1Controller {

    private final Stage1Service stage1;
    private final Scopes scopes;

    Stage1Controller(Stage1Service stage1, Scopes scopes) {
        this.stage1 = stage1;
        this.scopes = scopes;
    }

    /** The items of the curator's questionnaire. */
    @GetMapping("/questionnaire")
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    List<CuratorItem> questionnaire() {
        return stage1.questionnaire();
    }

    @GetMapping("/{programmeYear}/schools/{schoolCode}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    SchoolStage1 school(
            @PathVariable @ProgrammeYear int programmeYear,
            @PathVariable String schoolCode) {
        CallerIdentity caller = CurrentCaller.get();
        Scope scope = scopes.read(caller, schoolCode);
        SchoolStage1 found = stage1.read(scope, programmeYear)
                // nothing written yet: an empty record, once the school is known to be the caller's
                .orElseGet(() -> stage1.empty(scope, programmeYear));
        // a department viewer never sees a person's name, not even the curator's login
        return caller.isDepartmentViewer() && !caller.isCoordinator() ? Stage1Service.withoutAuthor(found) : found;
    }

    @PutMapping("/{programmeYear}/schools/{schoolCode}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    SchoolStage1 write(
            @PathVariable @ProgrammeYear int programmeYear,
            @PathVariable String schoolCode, @Valid @RequestBody Stage1Request request) {
        CallerIdentity caller = CurrentCaller.get();
        return stage1.write(scopes.writeSchool(caller, schoolCode), programmeYear, request, caller.username());
    }

    @GetMapping(value = "/{programmeYear}/district", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordinator','department-viewer')")
    DistrictStage1 district(
            @PathVariable @ProgrammeYear int programmeYear) {
        return stage1.district(scopes.municipality(CurrentCaller.get()), programmeYear);
    }

    @GetMapping(value = "/{programmeYear}/district", produces = Workbooks.XLSX)
    @PreAuthorize("hasAnyRole('coordinator','department-viewer')")
    ResponseEntity<byte[]> districtWorkbook(
            @PathVariable @ProgrammeYear int programmeYear) {
        return Workbooks.download("stage1-" + programmeYear + ".xlsx", Stage1Sheets.of(district(programmeYear)));
    }
}
