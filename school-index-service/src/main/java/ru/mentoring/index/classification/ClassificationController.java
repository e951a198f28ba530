package ru.mentoring.index.classification;

import java.net.URI;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.upload.Uploads;
import ru.mentoring.index.cohort.RegistrySchoolSync;
import ru.mentoring.index.access.IndexAccess;
import ru.mentoring.platform.security.CurrentCaller;

/**
 * Classification runs of a year. The region's analysts run them (a coordinator too where
 * municipalities own their data); reading is confined to the caller's scope: a school
 * administrator sees their own school's line, a coordinator or department viewer the schools of
 * their municipality, a region analyst or a service every school.
 */
@RestController
@RequestMapping("/api/index/years/{year}/classification")
class ClassificationController {

    private final ClassificationService classifications;
    private final RegistrySchoolSync registrySchools;

    ClassificationController(ClassificationService classifications, RegistrySchoolSync registrySchools) {
        this.classifications = classifications;
        this.registrySchools = registrySchools;
    }

    @PostMapping
    @PreAuthorize(IndexAccess.WRITERS)
    ResponseEntity<RunSummary> run(@PathVariable int year, @RequestParam(required = false) String methodology) {
        registrySchools.sync();
        RunSummary run = classifications.run(year, methodology == null ? null : methodology.strip(), CurrentCaller.get());
        return ResponseEntity.created(URI.create("/api/index/years/" + year + "/classification/summary")).body(run);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(IndexAccess.READERS)
    List<SchoolClassification> results(@PathVariable int year, @RequestParam(defaultValue = "true") boolean explanation) {
        return classifications.results(year, CurrentCaller.get(), explanation);
    }

    /** The same rows as an Excel workbook (Accept: the XLSX media type), with Russian headers. */
    @GetMapping(produces = Uploads.XLSX)
    @PreAuthorize(IndexAccess.READERS)
    ResponseEntity<byte[]> spreadsheet(@PathVariable int year) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Uploads.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("classification-" + year + ".xlsx").build().toString())
                .body(classifications.spreadsheet(year, CurrentCaller.get()));
    }

    @GetMapping("/summary")
    @PreAuthorize(IndexAccess.READERS)
    RunSummary summary(@PathVariable int year) {
        return classifications.summary(year);
    }
}
