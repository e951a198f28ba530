package ru.mentoring.index.methodologyversion;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.index.access.IndexAccess;
import ru.mentoring.platform.security.CurrentCaller;

/** Methodology versions: written by the coordinator, read by everyone who reads results. */
@RestController
@RequestMapping("/api/index/methodologies")
class MethodologyVersionController {

    private final MethodologyVersionService versions;

    MethodologyVersionController(MethodologyVersionService versions) {
        this.versions = versions;
    }

    /** 201 when stored, 200 when the same definition was already stored, 409 when a different one was. */
    @PutMapping("/{version}")
    @PreAuthorize(IndexAccess.WRITERS)
    ResponseEntity<MethodologyVersionView> put(@PathVariable String version, @RequestBody MethodologyRequest request) {
        MethodologyVersionService.Put put = versions.put(version, request, CurrentCaller.get().username());
        return put.created()
                ? ResponseEntity.created(URI.create("/api/index/methodologies/" + version)).body(put.view())
                : ResponseEntity.ok(put.view());
    }

    @GetMapping("/{version}")
    @PreAuthorize(IndexAccess.READERS)
    MethodologyVersionView get(@PathVariable String version) {
        return versions.get(version);
    }

    @GetMapping
    @PreAuthorize(IndexAccess.READERS)
    List<MethodologyVersionView> list() {
        return versions.list();
    }
}
