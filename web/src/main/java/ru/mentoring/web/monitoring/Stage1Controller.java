package ru.mentoring.web.monitoring;

import java.time.Clock;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.mentoring.web.monitoring.MonitoringApi.School;
import ru.mentoring.web.shell.Role;

/**
 * Stage 1 of monitoring: the district's view (indicators summed up, the schools' SWOT grouped) for a
 * coordinator and a department viewer, a school's curator's answers and SWOT, and the curator's
 * questionnaire itself.
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
class Stage1Controller {

    private final MonitoringService monitoring;
    private final Clock clock;

    Stage1Controller(MonitoringService monitoring) {
        this.monitoring = monitoring;
        this.clock = Clock.systemUTC();
    }

    @GetMapping("/monitoring/stage1")
    String district(@RequestParam(required = false) Integer year, Authentication authentication, Model model) {
        int y = ProgrammeYears.orCurrent(year, clock);
        Map<String, School> schools = monitoring.schools();
        if (Role.primary(authentication.getAuthorities()).orElse(null) == Role.SCHOOL_ADMIN) {
            // a school administrator has their school's record, not the district's
            return "redirect:/monitoring/stage1/schools/" + schools.keySet().iterator().next() + "?year=" + y;
        }
        model.addAttribute("year", y);
        model.addAttribute("years", ProgrammeYears.offered(clock));
        model.addAttribute("schoolNames", schools);
        model.addAttribute("district", monitoring.district(y));
        return "monitoring/stage1";
    }

    @GetMapping("/monitoring/stage1/schools/{code}")
    String school(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        int y = ProgrammeYears.orCurrent(year, clock);
        model.addAttribute("year", y);
        model.addAttribute("years", ProgrammeYears.offered(clock));
        model.addAttribute("record", monitoring.stage1(y, code));
        model.addAttribute("schoolName", RoundsController.name(monitoring.schools(), code));
        return "monitoring/stage1-school";
    }

    @GetMapping("/monitoring/stage1/questionnaire")
    String questionnaire(Model model) {
        model.addAttribute("items", monitoring.curatorQuestionnaire());
        return "monitoring/stage1-questionnaire";
    }
}
