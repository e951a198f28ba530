package ru.mentoring.registry.school;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.security.CurrentCaller;

@RestController
@RequestMapping("/api/registry/schools")
class SchoolController {

    private final SchoolService schools;

    SchoolController(SchoolService schools) {
        this.schools = schools;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer','internal-service')")
    List<SchoolView> list() {
        return schools.visibleTo(CurrentCaller.get()).stream().map(SchoolView::of).toList();
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer','internal-service')")
    SchoolView get(@PathVariable String code) {
        return SchoolView.of(schools.readable(CurrentCaller.get(), code));
    }

    /** The school's administrator in Keycloak (created or appointed): 201 with the user and the organization. */
    @PostMapping("/{code}/administrators")
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<AdministratorView> appointAdministrator(@PathVariable String code,
            @Valid @RequestBody AdministratorRequest request) {
        AdministratorView a = schools.appointAdministrator(CurrentCaller.get(), code, request);
        return ResponseEntity.status(201).body(a);
    }

    @PostMapping
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<SchoolView> register(@Valid @RequestBody SchoolRequest request) {
        School school = schools.register(CurrentCaller.get(), request);
        return ResponseEntity.created(URI.create("/api/registry/schools/" + school.getCode())).body(SchoolView.of(school));
    }
}
