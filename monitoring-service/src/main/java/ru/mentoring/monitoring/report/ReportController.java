package ru.mentoring.monitoring.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.access.Scopes;
import ru.mentoring.monitoring.export.Workbooks;
import ru.mentoring.monitoring.metrics.MonitoringMetrics;
import ru.mentoring.monitoring.recommendation.RecommendationsOfYear;
import ru.mentoring.monitoring.web.ProgrammeYear;
import ru.mentoring.platform.privacy.SmallCells;
import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.platform.web.DomainRuleException;

/**
 * The information note on the results of monitoring for a school (its administrator, or a
 * coordinator or viewer of its municipality) or for the municipality: {@code format=docx} (default),
 * {@code pdf}, or {@code xlsx} (every table of the note, one sheet each). Aggregates only: the note
 * names no participant.
 */
@RestController
@Validated
@RequestMapping("/api/monitoring/reports")
class ReportController {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final NoteService notes;
    private final RecommendationsOfYear recommendations;
    private final Scopes scopes;
    private final MonitoringMetrics metrics;
    private final SmallCells smallCells;

    ReportController(NoteService notes, RecommendationsOfYear recommendations, Scopes scopes, MonitoringMetrics metrics,
            SmallCells smallCells) {
        this.notes = notes;
        this.recommendations = recommendations;
        this.scopes = scopes;
        this.metrics = metrics;
        this.smallCells = smallCells;
    }

    @GetMapping("/note")
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    ResponseEntity<byte[]> note(
            @RequestParam @ProgrammeYear int programmeYear,
            @RequestParam(required = false) String schoolCode,
            @RequestParam(defaultValue = "docx") String format) {
        String kind = format(format, true);
        CallerIdentity caller = CurrentCaller.get();
        Scope scope = scopes.read(caller, schoolCode);
        // a department viewer's note hides the same small cells as the API's tables
        NoteData data = notes.gather(scope, programmeYear, caller.municipality(), smallCells.readerOf(caller));
        byte[] body;
        MediaType type;
        switch (kind) {
            case "pdf" -> {
                body = PdfRenderer.render(InformationNote.of(data));
                type = MediaType.APPLICATION_PDF;
            }
            case "xlsx" -> {
                body = Workbooks.write(NoteService.sheets(data));
                type = Workbooks.XLSX_TYPE;
            }
            default -> {
                body = DocxRenderer.render(InformationNote.of(data));
                type = MediaType.parseMediaType(DOCX);
            }
        }
        metrics.reportGenerated("note", kind);
        String name = "Справка_мониторинг_" + programmeYear + "_" + (scope.isSchool() ? scope.schoolCode() : scope.municipalityCode())
                + "." + kind;
        return attachment(body, type, name);
    }

    /**
     * The short report to the head of the education department (seed 004, event 39): the
     * municipality's, for its coordinator or a department viewer (who sees it with small cells hidden).
     */
    @GetMapping("/head-report")
    @PreAuthorize("hasAnyRole('coordinator','department-viewer')")
    ResponseEntity<byte[]> headReport(
            @RequestParam @ProgrammeYear int programmeYear,
            @RequestParam(defaultValue = "docx") String format) {
        String kind = format(format, false);
        CallerIdentity caller = CurrentCaller.get();
        Scope scope = scopes.municipality(caller);
        NoteData data = notes.gather(scope, programmeYear, caller.municipality(), smallCells.readerOf(caller));
        NoteDocument report = HeadReport.of(data, recommendations.of(scope, programmeYear));
        byte[] body = kind.equals("pdf") ? PdfRenderer.render(report) : DocxRenderer.render(report);
        metrics.reportGenerated("head-report", kind);
        return attachment(body, kind.equals("pdf") ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(DOCX),
                "Отчет_начальнику_УО_" + programmeYear + "_" + scope.municipalityCode() + "." + kind);
    }

    private static String format(String format, boolean xlsx) {
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("docx") && !kind.equals("pdf") && !(xlsx && kind.equals("xlsx"))) {
            throw new DomainRuleException(400, "Неизвестный формат документа",
                    List.of(new DomainRuleException.Violation("format", xlsx ? "Формат — docx, pdf или xlsx" : "Формат — docx или pdf")));
        }
        return kind;
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .body(body);
    }
}
