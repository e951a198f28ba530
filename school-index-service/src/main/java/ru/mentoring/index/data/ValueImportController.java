package ru.mentoring.index.data;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.index.access.IndexAccess;
import ru.mentoring.index.cohort.RegistrySchoolSync;
import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.platform.upload.ReceivedBytes;
import ru.mentoring.platform.upload.RowsRejectedException;
import ru.mentoring.platform.upload.UploadTooLargeException;
import ru.mentoring.platform.upload.UploadedTable;
import ru.mentoring.platform.upload.Uploads;
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
 *
 * <p>Each upload becomes a new data set, the complete set of the year's values of its kind (see
 * {@link ValueImportService}): {@code ?replace=all} confirms a version that leaves out more than
 * {@code index.data-sets.max-dropped-share} of the current version's schools; the file name
 * recorded is {@code ?fileName=} or, without it, the {@code filename} of a
 * {@code Content-Disposition} header.
 */
@RestController
@RequestMapping("/api/index/years/{year}")
class ValueImportController {

    static final String REPLACE_DOC = "all: the upload may leave out more than index.data-sets.max-dropped-share (10%) of the "
            + "current data set's schools; without it such an upload is refused with 409. The upload is always a new, complete "
            + "data set of the year; the previous one is kept and can be made current again.";
    static final String FILE_NAME_DOC = "The file name recorded with the data set. Without it, the filename (or filename*) of "
            + "the Content-Disposition request header is recorded; folders are cut off, at most 255 characters.";

    private final ValueImportService values;
    private final Uploads uploads;
    private final ImportMetrics metrics;
    private final RegistrySchoolSync registrySchools;
    private final IndexAccess access;

    ValueImportController(ValueImportService values, Uploads uploads, ImportMetrics metrics,
            RegistrySchoolSync registrySchools, IndexAccess access) {
        this.access = access;
        this.values = values;
        this.uploads = uploads;
        this.metrics = metrics;
        this.registrySchools = registrySchools;
    }

    @PostMapping(path = "/indicator-values", consumes = {Uploads.CSV, Uploads.XLSX})
    @PreAuthorize(IndexAccess.WRITERS)
    ImportReport indicatorValues(@PathVariable int year, @RequestParam(required = false) String methodology,
            @Parameter(description = REPLACE_DOC) @RequestParam(required = false) String replace,
            @Parameter(description = FILE_NAME_DOC) @RequestParam(required = false) String fileName,
            HttpServletRequest request) throws IOException {
        return load(ValueKind.INDICATOR, year, methodology, replace, fileName, request);
    }

    @PostMapping(path = "/context-values", consumes = {Uploads.CSV, Uploads.XLSX})
    @PreAuthorize(IndexAccess.WRITERS)
    ImportReport contextValues(@PathVariable int year, @RequestParam(required = false) String methodology,
            @Parameter(description = REPLACE_DOC) @RequestParam(required = false) String replace,
            @Parameter(description = FILE_NAME_DOC) @RequestParam(required = false) String fileName,
            HttpServletRequest request) throws IOException {
        return load(ValueKind.CONTEXT, year, methodology, replace, fileName, request);
    }

    /** What is loaded for the year (counts only, no values): for the coordinator's checklist. */
    @GetMapping("/data")
    @PreAuthorize(IndexAccess.RECORD_READERS)
    YearDataSummary data(@PathVariable int year) {
        return values.summary(year);
    }

    private ImportReport load(ValueKind kind, int year, String methodology, String replace, String fileName,
            HttpServletRequest request) throws IOException {
        boolean replaceAll = replaceAll(replace);
        registrySchools.sync();
        UploadedTable table;
        ReceivedBytes bytes = new ReceivedBytes(request.getInputStream());
        Upload upload = new Upload(fileName(fileName, request.getHeader(HttpHeaders.CONTENT_DISPOSITION)),
                CurrentCaller.get().username(), replaceAll, bytes);
        try {
            table = uploads.open(bytes, request.getContentType(), null, request.getContentLengthLong());
        } catch (UploadTooLargeException e) {
            metrics.outcome(kind, "too_large");
            throw e;
        } catch (DomainRuleException | RowsRejectedException e) {
            metrics.outcome(kind, "rejected");
            throw e;
        }
        try (table) {
            String version = methodology == null || methodology.isBlank() ? null : methodology.strip();
            return metrics.record(kind, () -> values.load(kind, year, version, table, upload, access.writing(CurrentCaller.get())));
        }
    }

    private static boolean replaceAll(String replace) {
        if (replace == null || replace.isBlank()) {
            return false;
        }
        if (!"all".equals(replace.strip())) {
            throw DomainRuleException.unprocessable("replace", "Допустимо только ?replace=all");
        }
        return true;
    }

    /** The name as given, without a client's folders, at most 255 characters; null when none is given. */
    static String fileName(String parameter, String contentDisposition) {
        String name = parameter;
        if ((name == null || name.isBlank()) && contentDisposition != null && !contentDisposition.isBlank()) {
            try {
                name = ContentDisposition.parse(contentDisposition).getFilename();
            } catch (IllegalArgumentException e) {
                name = null; // a malformed header names no file; the upload itself is fine
            }
        }
        if (name == null) {
            return null;
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            return null;
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
