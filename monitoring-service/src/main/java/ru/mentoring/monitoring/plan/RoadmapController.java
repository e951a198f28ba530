package ru.mentoring.monitoring.plan;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.monitoring.access.Scopes;
import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.monitoring.plan.PlanViews.RoadmapTable;
import ru.mentoring.monitoring.registry.RegistryFigures;
import ru.mentoring.monitoring.registry.RegistryFigures.RegistrySchool;
import ru.mentoring.monitoring.web.ProgrammeYear;
import ru.mentoring.platform.security.CurrentCaller;

/**
 * Which schools of the municipality have their own roadmap of the year, how far it got and what is
 * overdue (seed 001, 6.3: «контроль наличия дорожных карт … разработанных образовательными
 * учреждениями»): the coordinator's and the department viewer's district view.
 */
@RestController
@Validated
class RoadmapController {

    private final PlanService plans;
    private final Scopes scopes;
    private final RegistryFigures registry;

    RoadmapController(PlanService plans, Scopes scopes, RegistryFigures registry) {
        this.plans = plans;
        this.scopes = scopes;
        this.registry = registry;
    }

    @GetMapping("/api/monitoring/roadmaps")
    @PreAuthorize("hasAnyRole('coordinator','department-viewer')")
    RoadmapTable roadmaps(@RequestParam @ProgrammeYear Integer programmeYear) {
        String municipality = scopes.municipality(CurrentCaller.get()).municipalityCode();
        Available<List<RegistrySchool>> schools = registry.schoolsOf(municipality);
        return new RoadmapTable(programmeYear, Roadmaps.table(schools.present() ? schools.value() : List.of(),
                plans.schoolPlans(municipality, programmeYear)), schools.unavailable());
    }
}
