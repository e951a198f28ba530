package ru.mentoring.monitoring.centre;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.monitoring.centre.CentreViews.Centre;
import ru.mentoring.monitoring.centre.CentreViews.CentreRequest;
import ru.mentoring.platform.security.CurrentCaller;

/** The municipal mentoring centre of the caller's municipality (no path variable: one centre per municipality). */
@RestController
@RequestMapping("/api/monitoring/centre")
class CentreController {

    private final CentreService centres;

    CentreController(CentreService centres) {
        this.centres = centres;
    }

    /** The centre, or {@code described: false} while the coordinator has not described it. */
    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator','department-viewer')")
    Centre get() {
        return centres.get(CurrentCaller.get());
    }

    /** The centre's name, head and people, replacing the previous description. */
    @PutMapping
    @PreAuthorize("hasRole('coordinator')")
    Centre save(@Valid @RequestBody CentreRequest request) {
        return centres.save(CurrentCaller.get(), request);
    }
}
