package ru.mentoring.index.data;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.index.access.IndexAccess;
import ru.mentoring.index.cohort.RegistrySchoolSync;
import ru.mentoring.index.upload.UploadTooLargeException;
import ru.mentoring.index.upload.UploadedTable;
import ru.mentoring.index.upload.Uploads;
import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.platform.web.DomainRuleException;

/**
 * A year's indicator values and context factor values, as CSV ({@code text/csv}, UTF-8 unless the
 * content type names a charset) or XLSX (first sheet), with the header
 * {@code school_code,year,indicator_code,value} ({@code factor_code} or {@code indicator_code} for
 * factors).
 *
 * <p>Which codes are valid: those of the version named by {@code ?methodology=}, or, without it,
 * those of any stored methodology version (so data can be loaded before the version used for the
 * classification is chosen; the classification ignores codes its version does not name). With no
 * version stored at all, the load is refused.
 */
@RestController
@RequestMapping("/api/index/years/{year}")
public class ValueImportController {

    private final ValueImportService values;
    private final Uploads uploads;
    private final ImportMetrics metrics;
    private final RegistrySchoolSync registrySchools;
    private final IndexAccess access;

    public ValueImportController(ValueImportService values, Uploads uploads, ImportMetrics metrics,
            RegistrySchoolSync registrySchools, IndexAccess access) {
        this.access = access;
        this.values = values;
        this.uploads = uploads;
        this.metrics = metrics;
        this.registrySchools = registrySchools;
    }

    @PostMapping(path = "/indicator-values", consumes = {Uploads.CSV, Uploads.XLSX})
    @PreAuthorize(IndexAccess.WRITERS)
    public ImportReport indicatorValues(@PathVariable int year, @RequestParam(required = false) String methodology,
            HttpServletRequest request) throws IOException {
        return load(ValueKind.INDICATOR, year, methodology, request);
    }

    @PostMapping(path = "/context-values", consumes = {Uploads.CSV, Uploads.XLSX})
    @PreAuthorize(IndexAccess.WRITERS)
    public ImportReport contextValues(@PathVariable int year, @RequestParam(required = false) String methodology,
            HttpServletRequest request) throws IOException {
        return load(ValueKind.CONTEXT, year, methodology, request);
    }

    /** What is loaded for the year (counts only, no values): for the coordinator's checklist. */
    @GetMapping("/data")
    @PreAuthorize("hasAnyRole('coordinator','department-viewer','region-analyst','internal-service')")
    public YearDataSummary data(@PathVariable int year) {
        return values.summary(year);
    }

    private ImportReport load(ValueKind kind, int year, String methodology, HttpServletRequest request) throws IOException {
        registrySchools.sync();
        UploadedTable table;
        try {
            table = uploads.open(request.getContentType(), request.getContentLengthLong(), request.getInputStream());
        } catch (UploadTooLargeException e) {
            metrics.outcome(kind, "too_large");
            throw e;
        } catch (DomainRuleException e) {
            metrics.outcome(kind, "rejected");
            throw e;
        }
        try (table) {
            String version = methodology == null || methodology.isBlank() ? null : methodology.strip();
            return metrics.record(kind, () -> values.load(kind, year, version, table, access.writing(CurrentCaller.get())));
        }
    }
}
