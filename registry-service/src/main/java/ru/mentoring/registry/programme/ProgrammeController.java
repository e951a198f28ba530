package ru.mentoring.registry.programme;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.security.CurrentCaller;

@RestController
@RequestMapping("/api/registry/pairs/{pairId}/programme")
class ProgrammeController {

    private final ProgrammeService programmes;

    ProgrammeController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ProgrammeView get(@PathVariable UUID pairId) {
        return programmes.of(CurrentCaller.get(), pairId);
    }

    @PutMapping
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ProgrammeView put(@PathVariable UUID pairId, @Valid @RequestBody ProgrammeRequests.Put body) {
        return programmes.put(CurrentCaller.get(), pairId, body);
    }

    @PostMapping("/events/{eventId}/done")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ProgrammeView done(@PathVariable UUID pairId, @PathVariable UUID eventId,
            @Valid @RequestBody ProgrammeRequests.Done body) {
        return programmes.markDone(CurrentCaller.get(), pairId, eventId, body.done());
    }
}
