package ru.mentoring.monitoring.competency;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.mentoring.monitoring.access.Scopes;
import ru.mentoring.monitoring.competency.CompetencyViews.Figures;
import ru.mentoring.monitoring.competency.CompetencyViews.Summary;
import ru.mentoring.monitoring.competency.CompetencyViews.UploadReport;
import ru.mentoring.monitoring.export.SheetTable;
import ru.mentoring.monitoring.export.Workbooks;
import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.privacy.SmallCells;
import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.monitoring.web.ProgrammeYear;

/**
 * Scores of the district competency testing of teachers. The coordinator loads a CSV or XLSX file
 * (multipart field {@code file}, or the file itself as the body with {@code Content-Type: text/csv}
 * or the XLSX type); the file is stored whole or not at all.
 */
@RestController
@Validated
@RequestMapping("/api/monitoring/competency-scores")
public class CompetencyController {

    private final CompetencyService competencies;
    private final Scopes scopes;
    private final SmallCells smallCells;

    CompetencyController(CompetencyService competencies, Scopes scopes, SmallCells smallCells) {
        this.competencies = competencies;
        this.scopes = scopes;
        this.smallCells = smallCells;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<UploadReport> uploadFile(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream body = file.getInputStream()) {
            return load(body, file.getOriginalFilename(), file.getContentType(), file.getSize());
        }
    }

    @PostMapping(consumes = {"text/csv", Workbooks.XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<UploadReport> uploadBody(HttpServletRequest request,
            @RequestParam(required = false) String filename) throws IOException {
        return load(request.getInputStream(), filename, request.getContentType(), request.getContentLengthLong());
    }

    @GetMapping(value = "/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    Summary summary(
            @RequestParam @ProgrammeYear int programmeYear,
            @RequestParam(required = false) String schoolCode) {
        // a department viewer gets no figure over 1–4 teachers (a school's mean of one is their score)
        return competencies.summary(scopes.read(CurrentCaller.get(), schoolCode), programmeYear,
                smallCells.readerOf(CurrentCaller.get()));
    }

    @GetMapping(value = "/summary", produces = Workbooks.XLSX)
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    ResponseEntity<byte[]> summaryWorkbook(
            @RequestParam @ProgrammeYear int programmeYear,
            @RequestParam(required = false) String schoolCode) {
        return Workbooks.download("competency-" + programmeYear + ".xlsx", List.of(sheet(summary(programmeYear, schoolCode), smallCells.shownAs())));
    }

    /** @param hiddenAs what a suppressed figure reads («<5») */
    public static SheetTable sheet(Summary s, String hiddenAs) {
        SheetTable sheet = SheetTable.of("Тестирование педагогов", "Районное тестирование педагогов, " + s.programmeYear()
                + " г.: средний балл до и после программы", "Школа", "Педагогов с баллом до", "Педагогов с баллом после",
                "Педагогов с обоими баллами", "Средний балл до", "Средний балл после", "Рост, %");
        for (Figures f : s.bySchool()) {
            row(sheet, f.schoolCode(), f, hiddenAs);
        }
        row(sheet, "Итого", s.total(), hiddenAs);
        return sheet;
    }

    private static void row(SheetTable sheet, String label, Figures f, String hiddenAs) {
        if (f.suppressed()) {
            sheet.row(label, hiddenAs, hiddenAs, hiddenAs, hiddenAs, hiddenAs, hiddenAs);
            return;
        }
        sheet.row(label, f.teachersBefore(), f.teachersAfter(), f.paired(), f.meanBefore(), f.meanAfter(), f.risePercent());
    }

    /** The body is read as it arrives, within {@code platform.upload.*} (413 over the size). */
    private ResponseEntity<UploadReport> load(InputStream body, String filename, String contentType, long length) {
        CallerIdentity caller = CurrentCaller.get();
        String municipality = scopes.coordinatorMunicipality(caller);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(competencies.load(municipality, caller.username(), body, filename, contentType, length));
    }
}
