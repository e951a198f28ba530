package ru.mentoring.web.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.monitoring.LearnersApi.Results;
import ru.mentoring.web.monitoring.LearnersApi.Upload;
import ru.mentoring.web.monitoring.MonitoringApi.School;

/**
 * Stage 2 for learners: the mentees' average mark, lessons missed, register and club status before
 * and after the programme. A school administrator loads their school's file, the coordinator any
 * school's of the municipality; all three roles read the results (the service hides a department
 * viewer's small cells and decides the reach).
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
class LearnersController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final GatewayClient gateway;
    private final MonitoringService monitoring;
    private final Clock clock = Clock.systemUTC();

    LearnersController(GatewayClient gateway, MonitoringService monitoring) {
        this.gateway = gateway;
        this.monitoring = monitoring;
    }

    @GetMapping("/monitoring/learners")
    String results(@RequestParam(required = false) Integer year, @RequestParam(required = false) String school, Model model) {
        int y = ProgrammeYears.orCurrent(year, clock);
        Map<String, School> schools = monitoring.schools();
        String chosen = school == null || school.isBlank() ? null : school.strip();
        model.addAttribute("year", y);
        List<Integer> years = new ArrayList<>(ProgrammeYears.offered(clock));
        if (!years.contains(y)) {
            // a year asked for by link (a file's year) stays selected, not silently shown as another
            years.add(y);
            years.sort(Comparator.reverseOrder());
        }
        model.addAttribute("years", years);
        model.addAttribute("schools", schools.values());
        model.addAttribute("schoolNames", schools);
        model.addAttribute("school", chosen);
        MonitoringService.Query query = MonitoringService.uri("/api/monitoring/learners/results", "programmeYear", y,
                "schoolCode", chosen);
        model.addAttribute("results", gateway.get(Results.class, query.template(), query.values()));
        return "monitoring/learners";
    }

    /** The results as a workbook, as the service makes it for this person. */
    @GetMapping("/monitoring/learners/results.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) Integer year, @RequestParam(required = false) String school) {
        MonitoringService.Query query = MonitoringService.uri("/api/monitoring/learners/results", "programmeYear",
                ProgrammeYears.orCurrent(year, clock), "schoolCode", school);
        return gateway.download(MediaType.parseMediaType(XLSX), query.template(), query.values());
    }

    /** The file: stored whole, then the year it names is shown; refused, the page shows each bad row's reason. */
    @PostMapping("/monitoring/learners")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Integer year,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ServiceProblem problem;
        if (file == null || file.isEmpty()) {
            problem = new ServiceProblem(400, null, "Выберите файл CSV или XLSX.",
                    List.of(new ServiceProblem.FieldProblem("file", null, "Выберите файл CSV или XLSX")));
        } else {
            try {
                Upload stored = gateway.postMultipart(Upload.class, file, "file", "/api/monitoring/learners");
                redirect.addFlashAttribute("done", "Файл загружен: строк — " + stored.rowsRead() + ", новых — "
                        + stored.inserted() + ", заменено — " + stored.replaced() + ".");
                Integer shown = stored.programmeYears().isEmpty() ? year : stored.programmeYears().get(0);
                return "redirect:/monitoring/learners" + (shown == null ? "" : "?year=" + shown);
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
        return results(year, null, model);
    }
}
