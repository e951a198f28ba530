package ru.mentoring.web.monitoring;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.monitoring.MonitoringApi.School;
import ru.mentoring.web.shell.Role;

/**
 * What the monitoring makes of the answers: the landing page, the personal assessment, the dynamics
 * before/after, the programme targets, the competency results and the information note. All three
 * roles read them; the service decides the reach and hides a department viewer's small cells.
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
class ResultsController {

    static final Set<String> NOTE_FORMATS = Set.of("pdf", "docx", "xlsx");

    private final MonitoringService monitoring;
    private final Clock clock;

    ResultsController(MonitoringService monitoring) {
        this.monitoring = monitoring;
        this.clock = Clock.systemUTC();
    }

    @GetMapping("/monitoring")
    String landing(@RequestParam(required = false) Integer year, Authentication authentication, Model model) {
        model.addAttribute("role", Role.primary(authentication.getAuthorities()).orElse(null));
        filters(year, null, null, model);
        return "monitoring/index";
    }

    @GetMapping("/monitoring/assessment")
    String assessment(@RequestParam(required = false) Integer year, @RequestParam(required = false) String school,
            @RequestParam(required = false) String form, Model model) {
        int y = filters(year, school, form, model);
        model.addAttribute("assessment", monitoring.assessment(y, school, form));
        return "monitoring/assessment";
    }

    @GetMapping("/monitoring/dynamics")
    String dynamics(@RequestParam(required = false) Integer year, @RequestParam(required = false) String school,
            @RequestParam(required = false) String form, Model model) {
        int y = filters(year, school, form, model);
        model.addAttribute("dynamics", monitoring.dynamics(y, school, form));
        return "monitoring/dynamics";
    }

    @GetMapping("/monitoring/targets")
    String targets(@RequestParam(required = false) Integer year, @RequestParam(required = false) String school, Model model) {
        int y = filters(year, school, null, model);
        model.addAttribute("report", monitoring.targets(y, school));
        return "monitoring/targets";
    }

    @GetMapping("/monitoring/competency")
    String competency(@RequestParam(required = false) Integer year, @RequestParam(required = false) String school, Model model) {
        int y = filters(year, school, null, model);
        model.addAttribute("summary", monitoring.competency(y, school));
        return "monitoring/competency";
    }

    /** The information note (PDF, DOCX) or its tables (XLSX), as the service makes it for this person. */
    @GetMapping("/monitoring/note")
    ResponseEntity<byte[]> note(@RequestParam(required = false) Integer year, @RequestParam(required = false) String school,
            @RequestParam(defaultValue = "pdf") String format) {
        if (!NOTE_FORMATS.contains(format)) {
            throw new NotFoundException("/monitoring/note?format=" + format);
        }
        return monitoring.note(ProgrammeYears.orCurrent(year, clock), school, format);
    }

    /** The year, school and form filters every results page has; the year shown. */
    private int filters(Integer year, String school, String form, Model model) {
        int y = ProgrammeYears.orCurrent(year, clock);
        Map<String, School> schools = monitoring.schools();
        model.addAttribute("year", y);
        model.addAttribute("years", ProgrammeYears.offered(clock));
        model.addAttribute("schools", schools.values());
        model.addAttribute("schoolNames", schools);
        model.addAttribute("school", school == null || school.isBlank() ? null : school);
        model.addAttribute("form", form == null || form.isBlank() ? null : form);
        return y;
    }
}
