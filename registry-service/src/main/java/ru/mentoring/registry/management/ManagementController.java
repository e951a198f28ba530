package ru.mentoring.registry.management;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.platform.web.DomainRuleException;

/** Schools' management teams and personnel reserve. */
@RestController
@RequestMapping("/api/registry")
class ManagementController {

    private final ManagementService management;

    ManagementController(ManagementService management) {
        this.management = management;
    }

    @GetMapping("/schools/{code}/management")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ManagementViews.SchoolManagement of(@PathVariable String code) {
        return management.of(CurrentCaller.get(), code);
    }

    @PostMapping("/schools/{code}/management")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<ManagementViews.ManagementMemberView> add(@PathVariable String code, @Valid @RequestBody ManagementViews.AddMember body) {
        ManagementViews.ManagementMemberView view = management.add(CurrentCaller.get(), code, body);
        return ResponseEntity.created(URI.create("/api/registry/schools/" + code + "/management")).body(view);
    }

    @DeleteMapping("/management/{id}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        management.remove(CurrentCaller.get(), id);
        return ResponseEntity.noContent().build();
    }

    /** The coordinator's table: each school's team and reserve counted. */
    @GetMapping("/management/overview")
    @PreAuthorize("hasRole('coordinator')")
    List<ManagementViews.SchoolManagementCounts> overview() {
        return management.overview(CurrentCaller.get());
    }

    /** The counts for the monitoring's note (the services' token only). */
    @GetMapping("/management/in-municipality")
    @PreAuthorize("hasRole('internal-service')")
    List<ManagementViews.SchoolManagementCounts> inMunicipality(@RequestParam(required = false) String municipalityCode) {
        if (municipalityCode == null || municipalityCode.isBlank()) {
            throw new DomainRuleException(400, "Укажите муниципалитет",
                    List.of(new DomainRuleException.Violation("municipalityCode", "Укажите муниципалитет")));
        }
        return management.counts(municipalityCode);
    }
}
