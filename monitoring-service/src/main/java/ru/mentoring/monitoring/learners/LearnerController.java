package ru.mentoring.monitoring.learners;

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
import ru.mentoring.monitoring.export.SheetTable;
import ru.mentoring.monitoring.export.Workbooks;
import ru.mentoring.monitoring.learners.LearnerViews.Measure;
import ru.mentoring.monitoring.learners.LearnerViews.Results;
import ru.mentoring.monitoring.learners.LearnerViews.Status;
import ru.mentoring.monitoring.learners.LearnerViews.UploadReport;
import ru.mentoring.monitoring.stats.Percent;
import ru.mentoring.monitoring.web.ProgrammeYear;
import ru.mentoring.platform.privacy.SmallCells;
import ru.mentoring.platform.security.CurrentCaller;

/**
 * Learners' indicators: the school administrator (own school) or the coordinator (schools of the
 * municipality) loads a CSV or XLSX file (multipart field {@code file}, or the file itself as the body
 * with {@code Content-Type: text/csv} or the XLSX type), stored whole or not at all; the results are
 * aggregates, readable by a department viewer too.
 */
@RestController
@Validated
@RequestMapping("/api/monitoring/learners")
class LearnerController {

    private final LearnerService learners;
    private final Scopes scopes;
    private final SmallCells smallCells;

    LearnerController(LearnerService learners, Scopes scopes, SmallCells smallCells) {
        this.learners = learners;
        this.scopes = scopes;
        this.smallCells = smallCells;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<UploadReport> uploadFile(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream body = file.getInputStream()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(learners.load(CurrentCaller.get(), body,
                    file.getOriginalFilename(), file.getContentType(), file.getSize()));
        }
    }

    @PostMapping(consumes = {"text/csv", Workbooks.XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<UploadReport> uploadBody(HttpServletRequest request,
            @RequestParam(required = false) String filename) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(learners.load(CurrentCaller.get(), request.getInputStream(),
                filename, request.getContentType(), request.getContentLengthLong()));
    }

    @GetMapping(value = "/results", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    Results results(@RequestParam @ProgrammeYear int programmeYear,
            @RequestParam(required = false) String schoolCode) {
        return learners.results(scopes.read(CurrentCaller.get(), schoolCode), programmeYear,
                smallCells.readerOf(CurrentCaller.get()));
    }

    @GetMapping(value = "/results", produces = Workbooks.XLSX)
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    ResponseEntity<byte[]> resultsWorkbook(@RequestParam @ProgrammeYear int programmeYear,
            @RequestParam(required = false) String schoolCode) {
        return Workbooks.download("learners-" + programmeYear + ".xlsx",
                List.of(sheet(results(programmeYear, schoolCode), smallCells.shownAs())));
    }

    /** @param hiddenAs what a suppressed figure reads («<5») */
    static SheetTable sheet(Results r, String hiddenAs) {
        SheetTable sheet = SheetTable.of("Результаты обучающихся", "Динамика образовательных результатов наставляемых, "
                + r.programmeYear() + " г.: до и после программы", "Показатель", "До программы", "После программы",
                "Изменение", "Значение p", "Значимо");
        sheet.row("Наставляемых с показателями до и после", r.suppressed() ? hiddenAs : r.paired());
        for (Measure m : r.measures()) {
            sheet.row(m.label() + " (среднее)", shown(m.meanBefore(), r, hiddenAs), shown(m.meanAfter(), r, hiddenAs),
                    shown(m.change(), r, hiddenAs), shown(m.pValue(), r, hiddenAs), shown(m.significant(), r, hiddenAs));
        }
        for (Status s : r.statuses()) {
            sheet.row(s.label() + " (человек)", shown(s.before(), r, hiddenAs), shown(s.after(), r, hiddenAs),
                    r.suppressed() ? hiddenAs : s.after() - s.before(), shown(s.pValue(), r, hiddenAs),
                    shown(s.significant(), r, hiddenAs));
        }
        sheet.row("Уровень значимости: " + Percent.number(r.significanceLevel(), 2));
        sheet.row(r.method());
        return sheet;
    }

    private static Object shown(Object value, Results r, String hiddenAs) {
        return r.suppressed() ? hiddenAs : value;
    }
}
