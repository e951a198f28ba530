package ru.mentoring.web.monitoring;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.monitoring.MonitoringApi.CompetencyUpload;
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

    /**
     * The district competency testing's scores file (the coordinator's): stored whole, then the
     * year it names is shown with what was stored; refused, the page shows each bad row's reason.
     */
    @PostMapping("/monitoring/competency")
    @PreAuthorize("hasRole('coordinator')")
    String uploadCompetency(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Integer year,
            HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ServiceProblem problem;
        if (file == null || file.isEmpty()) {
            problem = new ServiceProblem(400, null, "Выберите файл CSV или XLSX.",
                    List.of(new ServiceProblem.FieldProblem("file", null, "Выберите файл CSV или XLSX")));
        } else {
            try {
                CompetencyUpload stored = monitoring.uploadCompetency(file);
                redirect.addFlashAttribute("done", "Файл загружен: строк — " + stored.rowsRead() + ", новых баллов — "
                        + stored.inserted() + ", заменено — " + stored.replaced() + "; школ — " + stored.schools().size() + ".");
                Integer shown = stored.programmeYears().isEmpty() ? year : stored.programmeYears().get(0);
                return "redirect:/monitoring/competency" + (shown == null ? "" : "?year=" + shown);
            } catch (ServiceException e) {
                if (!MonitoringService.isFormError(e) && e.problem().status() != 413) {
                    throw e;
                }
                problem = e.problem();
            }
        }
        // htmx swaps only a 2xx answer: its request gets 200 with the same page
        response.setStatus("true".equals(request.getHeader("HX-Request")) ? 200 : problem.status());
        model.addAttribute("problem", problem);
        return competency(year, null, model);
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

    /** The short report to the head of the education department (PDF, DOCX): the service answers coordinators and the department. */
    @GetMapping("/monitoring/head-report")
    ResponseEntity<byte[]> headReport(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "pdf") String format) {
        if (!"pdf".equals(format) && !"docx".equals(format)) {
            throw new NotFoundException("/monitoring/head-report?format=" + format);
        }
        return monitoring.headReport(ProgrammeYears.orCurrent(year, clock), format);
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
