package ru.mentoring.web.monitoring;

import java.time.Clock;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;

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

    /** The curator's answers and the SWOT, to fill in or change (the service decides who may). */
    @GetMapping("/monitoring/stage1/schools/{code}/edit")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    String edit(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        int y = ProgrammeYears.orCurrent(year, clock);
        return editForm(code, y, Stage1Form.of(monitoring.stage1(y, code)), null, model);
    }

    @PostMapping("/monitoring/stage1/schools/{code}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    String save(@PathVariable String code, @RequestParam int year, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        Stage1Form form = Stage1Form.from(params);
        Stage1Form.Body body = form.body(monitoring.curatorQuestionnaire());
        try {
            monitoring.writeStage1(year, code, body.json());
        } catch (ServiceException e) {
            if (!MonitoringService.isFormError(e)) {
                throw e;
            }
            return editForm(code, year, form, Stage1Form.onThePage(e.problem(), body.answerKeys()), model);
        }
        redirect.addFlashAttribute("done", "Анкета куратора и SWOT-анализ сохранены.");
        return "redirect:/monitoring/stage1/schools/" + code + "?year=" + year;
    }

    private String editForm(String code, int year, Stage1Form form, ServiceProblem problem, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("code", code);
        model.addAttribute("schoolName", RoundsController.name(monitoring.schools(), code));
        model.addAttribute("items", monitoring.curatorQuestionnaire());
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        return "monitoring/stage1-edit";
    }

    @GetMapping("/monitoring/stage1/questionnaire")
    String questionnaire(Model model) {
        model.addAttribute("items", monitoring.curatorQuestionnaire());
        return "monitoring/stage1-questionnaire";
    }
}
