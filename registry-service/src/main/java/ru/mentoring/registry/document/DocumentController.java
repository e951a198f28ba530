package ru.mentoring.registry.document;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.mentoring.platform.security.CurrentCaller;

/** Documents of a school and of a pair: the school's administrator and the municipality's coordinator. */
@RestController
@RequestMapping("/api/registry")
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/documents/kinds")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    List<MissingDocumentsView.KindView> kinds() {
        return Arrays.stream(DocumentKind.values()).map(k -> new MissingDocumentsView.KindView(k, k.label())).toList();
    }

    @GetMapping("/schools/{code}/documents")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    List<DocumentView> ofSchool(@PathVariable String code) {
        return documents.ofSchool(CurrentCaller.get(), code);
    }

    /** Multipart: {@code file} and {@code kind} (ORDER, REGULATION, ROADMAP, OTHER). */
    @PostMapping(path = "/schools/{code}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<DocumentView> uploadForSchool(@PathVariable String code,
            @RequestParam(name = "kind", required = false) DocumentKind kind,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        DocumentView view = documents.uploadForSchool(CurrentCaller.get(), code, kind, file);
        return ResponseEntity.created(URI.create("/api/registry/documents/" + view.id() + "/content")).body(view);
    }

    @GetMapping("/pairs/{id}/documents")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    List<DocumentView> ofPair(@PathVariable UUID id) {
        return documents.ofPair(CurrentCaller.get(), id);
    }

    /** Multipart: {@code file} and {@code extraPay} (true/false): the additional agreement to the mentor's contract. */
    @PostMapping(path = "/pairs/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<DocumentView> uploadForPair(@PathVariable UUID id,
            @RequestParam(name = "extraPay", required = false) Boolean extraPay,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        DocumentView view = documents.uploadForPair(CurrentCaller.get(), id, extraPay, file);
        return ResponseEntity.created(URI.create("/api/registry/documents/" + view.id() + "/content")).body(view);
    }

    /**
     * The bytes under the name they were uploaded with (RFC 5987 {@code filename*} for a Cyrillic name), streamed from
     * the store to the client.
     */
    @GetMapping("/documents/{id}/content")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<Resource> download(@PathVariable UUID id) {
        DocumentService.Download d = documents.download(CurrentCaller.get(), id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.mediaType()))
                .contentLength(d.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(d.content()));
    }

    @DeleteMapping("/documents/{id}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        documents.delete(CurrentCaller.get(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/documents/missing")
    @PreAuthorize("hasRole('coordinator')")
    MissingDocumentsView missing() {
        return documents.missing(CurrentCaller.get());
    }
}
