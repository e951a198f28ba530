package ru.mentoring.index.cohort;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.index.access.IndexAccess;
import ru.mentoring.platform.upload.UploadedTable;
import ru.mentoring.platform.upload.Uploads;
import ru.mentoring.platform.security.CurrentCaller;

/**
 * The schools of the cohort: the registry's (PUT by the registry sync, one by one) and the rest of
 * the region (PUT or CSV by the region's analysts, or a coordinator for their own municipality where
 * municipalities own their data).
 */
@RestController
@RequestMapping("/api/index/schools")
class CohortSchoolController {

    private final CohortSchoolService schools;
    private final Uploads uploads;
    private final IndexAccess access;

    CohortSchoolController(CohortSchoolService schools, Uploads uploads, IndexAccess access) {
        this.access = access;
        this.schools = schools;
        this.uploads = uploads;
    }

    /** {@code school_code,name,municipality_code,advanced_level} as CSV or XLSX; upsert by code. */
    @PostMapping(consumes = {Uploads.CSV, Uploads.XLSX})
    @PreAuthorize("hasRole('internal-service') or " + IndexAccess.WRITERS)
    CohortImportReport importRegion(HttpServletRequest request) throws IOException {
        try (UploadedTable table = uploads.open(request.getInputStream(), request.getContentType(), null, request.getContentLengthLong())) {
            return schools.importRegion(table, access.writing(CurrentCaller.get()));
        }
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('internal-service') or " + IndexAccess.WRITERS)
    ResponseEntity<CohortSchoolView> put(@PathVariable String code, @Valid @RequestBody CohortSchoolRequest request) {
        CohortSchoolService.Upserted result = schools.upsert(code, request, access.writing(CurrentCaller.get()));
        CohortSchoolView view = CohortSchoolView.of(result.school());
        return result.created()
                ? ResponseEntity.created(URI.create("/api/index/schools/" + code)).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping
    @PreAuthorize(IndexAccess.READERS)
    List<CohortSchoolView> list() {
        return schools.visibleTo(access.reading(CurrentCaller.get())).stream().map(CohortSchoolView::of).toList();
    }

    @GetMapping("/{code}")
    @PreAuthorize(IndexAccess.READERS)
    CohortSchoolView one(@PathVariable String code) {
        return CohortSchoolView.of(schools.readable(access.reading(CurrentCaller.get()), code));
    }
}
