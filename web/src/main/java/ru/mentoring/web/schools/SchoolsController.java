package ru.mentoring.web.schools;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.mentoring.web.WebSettings;
import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.indexdata.OfficialListComparison;
import ru.mentoring.web.schools.IndexApi.RunSummary;

/** The district's schools, a school's card, and a school administrator's own school. */
@Controller
class SchoolsController {

    private final SchoolsService schools;
    private final WebSettings settings;
    private final OfficialListComparison official;

    SchoolsController(SchoolsService schools, WebSettings settings, OfficialListComparison official) {
        this.schools = schools;
        this.settings = settings;
        this.official = official;
    }

    @GetMapping("/schools")
    @PreAuthorize("hasAnyRole('coordinator','department-viewer')")
    public String list(@RequestParam(required = false) String status, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page, Model model) {
        SchoolTable.Query query = SchoolTable.Query.of(status, sort, dir, page);
        Optional<RunSummary> run = schools.latestRun();
        model.addAttribute("run", run.orElse(null));
        model.addAttribute("query", query);
        model.addAttribute("table", SchoolTable.page(schools.rows(run.orElse(null)), query));
        model.addAttribute("statuses", Arrays.asList(SchoolStatus.values()));
        // the region's official ШНОР list beside the computed one, when the run's year has one
        model.addAttribute("comparison", run.flatMap(r -> official.of(r.year())).orElse(null));
        return "schools";
    }

    @GetMapping("/schools/{code}")
    public String card(@PathVariable String code, Model model) {
        SchoolCard card = schools.card(code);
        model.addAttribute("card", card);
        model.addAttribute("municipality", settings.municipalityName(card.municipalityCode()));
        return "school";
    }

    @GetMapping("/my-school")
    @PreAuthorize("hasRole('school-admin')")
    public String mySchool() {
        return "redirect:/schools/" + schools.ownSchool().orElseThrow(() -> new NotFoundException("/api/index/schools"));
    }
}
