package ru.mentoring.web.monitoring;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinator's control of the schools' own roadmaps (seed 001, 6.3): each school of the
 * municipality, whether it has a roadmap of the year, its events, done and overdue; the schools
 * without one or with overdue events first (the service orders them).
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','department-viewer')")
class RoadmapsController {

    private final MonitoringService monitoring;
    private final Clock clock;

    RoadmapsController(MonitoringService monitoring) {
        this.monitoring = monitoring;
        this.clock = Clock.systemUTC();
    }

    @GetMapping("/monitoring/roadmaps")
    String roadmaps(@RequestParam(required = false) Integer year, Model model) {
        int y = ProgrammeYears.orCurrent(year, clock);
        model.addAttribute("year", y);
        model.addAttribute("years", ProgrammeYears.offered(clock));
        model.addAttribute("table", monitoring.roadmaps(y));
        return "monitoring/roadmaps";
    }
}
