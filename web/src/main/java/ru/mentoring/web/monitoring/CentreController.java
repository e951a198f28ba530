package ru.mentoring.web.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.monitoring.MonitoringApi.Centre;
import ru.mentoring.web.monitoring.MonitoringApi.StaffMember;

/**
 * The municipal mentoring centre (МНЦ, seed 004): its name, head and people. The coordinator keeps
 * it (the service takes the whole description at once, so each form here sends the centre as it is
 * with one change); the department viewer reads it.
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','department-viewer')")
class CentreController {

    /** The people's roles besides the head, with the seed's words (monitoring's CentreRole). */
    static final Map<String, String> ROLES = Labels.ordered("MENTOR", "наставник – член управленческой команды",
            "CURATOR", "куратор-методист");

    /** The centre's name, head and head's position as typed. */
    record CentreForm(String name, String headName, String headPosition) {
    }

    /** A person to add as typed. */
    record StaffForm(String fullName, String position, String role) {
    }

    private final MonitoringService monitoring;

    CentreController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping("/monitoring/centre")
    String centre(Model model) {
        Centre centre = monitoring.centre();
        return page(centre, new CentreForm(centre.name(), centre.headName(), centre.headPosition()), null,
                new StaffForm("", "", "MENTOR"), null, model);
    }

    @PostMapping("/monitoring/centre")
    @PreAuthorize("hasRole('coordinator')")
    String save(CentreForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Centre centre = monitoring.centre();
        try {
            monitoring.saveCentre(form.name(), form.headName(), form.headPosition(), centre.staff());
        } catch (ServiceException e) {
            if (!MonitoringService.isFormError(e)) {
                throw e;
            }
            response.setStatus(e.problem().status());
            return page(centre, form, e.problem(), new StaffForm("", "", "MENTOR"), null, model);
        }
        redirect.addFlashAttribute("done", "Сведения о центре сохранены.");
        return "redirect:/monitoring/centre";
    }

    @PostMapping("/monitoring/centre/staff")
    @PreAuthorize("hasRole('coordinator')")
    String add(StaffForm person, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Centre centre = monitoring.centre();
        List<StaffMember> staff = new ArrayList<>(centre.staff());
        staff.add(new StaffMember(person.fullName(), person.position(), person.role(), null));
        try {
            monitoring.saveCentre(centre.name(), centre.headName(), centre.headPosition(), staff);
        } catch (ServiceException e) {
            if (!MonitoringService.isFormError(e)) {
                throw e;
            }
            response.setStatus(e.problem().status());
            return page(centre, new CentreForm(centre.name(), centre.headName(), centre.headPosition()), null, person,
                    ofNewPerson(e.problem(), staff.size() - 1), model);
        }
        redirect.addFlashAttribute("done", "В состав центра добавлен(а): " + person.fullName().strip() + ".");
        return "redirect:/monitoring/centre";
    }

    @PostMapping("/monitoring/centre/staff/{index}/remove")
    @PreAuthorize("hasRole('coordinator')")
    String remove(@PathVariable int index, RedirectAttributes redirect) {
        Centre centre = monitoring.centre();
        if (index < 0 || index >= centre.staff().size()) {
            return "redirect:/monitoring/centre";
        }
        List<StaffMember> staff = new ArrayList<>(centre.staff());
        StaffMember removed = staff.remove(index);
        monitoring.saveCentre(centre.name(), centre.headName(), centre.headPosition(), staff);
        redirect.addFlashAttribute("done", "Из состава центра исключён(а): " + removed.fullName() + ".");
        return "redirect:/monitoring/centre";
    }

    private String page(Centre centre, CentreForm form, ServiceProblem problem, StaffForm person, ServiceProblem staffProblem,
            Model model) {
        model.addAttribute("centre", centre);
        model.addAttribute("centreForm", form);
        model.addAttribute("problem", problem);
        model.addAttribute("staffForm", person);
        model.addAttribute("staffProblem", staffProblem);
        model.addAttribute("roles", ROLES);
        return "monitoring/centre";
    }

    /**
     * The service names the new person's fields {@code staff[i].fullName}: the add form's fields are
     * {@code fullName}, {@code position}, {@code role}.
     */
    static ServiceProblem ofNewPerson(ServiceProblem problem, int index) {
        String prefix = "staff[" + index + "].";
        return new ServiceProblem(problem.status(), problem.title(), problem.detail(), problem.errors().stream()
                .map(e -> e.field() != null && e.field().startsWith(prefix)
                        ? new ServiceProblem.FieldProblem(e.field().substring(prefix.length()), e.row(), e.reason())
                        : e)
                .toList());
    }
}
