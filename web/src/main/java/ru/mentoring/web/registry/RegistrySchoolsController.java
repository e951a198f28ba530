package ru.mentoring.web.registry;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.registry.Forms.AdministratorForm;
import ru.mentoring.web.registry.Forms.SchoolForm;
import ru.mentoring.web.registry.RegistryApi.Administrator;
import ru.mentoring.web.registry.RegistryApi.School;

/**
 * The registry's schools (the tenants): the list, a school's page, registering a school and
 * appointing its administrator (the registry creates the Keycloak user); the last two are the coordinator's.
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin')")
class RegistrySchoolsController {

    private final RegistryService registry;

    RegistrySchoolsController(RegistryService registry) {
        this.registry = registry;
    }

    /** Schools shown on one page: a municipality can have a thousand. */
    static final int PAGE_SIZE = 50;

    /** The schools a page at a time, in the registry's order; a page past the end is the last one. */
    @GetMapping("/registry/schools")
    public String list(@RequestParam(required = false) Integer page, Model model) {
        List<School> schools = registry.schools();
        int pages = Math.max(1, (schools.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = page == null || page < 1 ? 1 : Math.min(page, pages);
        int from = (shown - 1) * PAGE_SIZE;
        model.addAttribute("total", schools.size());
        model.addAttribute("schools", schools.subList(Math.min(from, schools.size()), Math.min(schools.size(), from + PAGE_SIZE)));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        return "registry/schools";
    }

    @GetMapping("/registry/schools/new")
    @PreAuthorize("hasRole('coordinator')")
    public String registerForm(Model model) {
        model.addAttribute("form", SchoolForm.empty());
        return "registry/school-form";
    }

    @PostMapping("/registry/schools")
    @PreAuthorize("hasRole('coordinator')")
    public String register(@ModelAttribute("form") SchoolForm form, @AuthenticationPrincipal OidcUser user,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            School school = registry.registerSchool(form.toRequest(user.getClaimAsString("municipality")));
            redirect.addFlashAttribute("done", "Школа зарегистрирована: " + school.shortName()
                    + ". Назначьте её администратора.");
            return "redirect:/registry/schools/" + school.code();
        } catch (ServiceException e) {
            ServiceProblem problem = Rejections.problem(e);
            Rejections.status(request, response, problem);
            model.addAttribute("problem", problem);
            return "registry/school-form";
        }
    }

    @GetMapping("/registry/schools/{code}")
    public String card(@PathVariable String code, Model model) {
        return card(model, registry.school(code), AdministratorForm.empty(), null);
    }

    @PostMapping("/registry/schools/{code}/administrators")
    @PreAuthorize("hasRole('coordinator')")
    public String appoint(@PathVariable String code, @ModelAttribute("administratorForm") AdministratorForm form,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        School school = registry.school(code);
        try {
            Administrator a = registry.appointAdministrator(code, form.toRequest());
            redirect.addFlashAttribute("done", (a.userCreated()
                    ? "Создана учётная запись «" + a.username() + "» и назначена администратором школы."
                    : "Учётная запись «" + a.username() + "» назначена администратором школы.")
                    + (a.invitationSent() ? " Письмо для входа отправлено." : ""));
            return "redirect:/registry/schools/" + code;
        } catch (ServiceException e) {
            ServiceProblem problem = Rejections.problem(e);
            Rejections.status(request, response, problem);
            return card(model, school, form, problem);
        }
    }

    private String card(Model model, School school, AdministratorForm form, ServiceProblem problem) {
        model.addAttribute("school", school);
        model.addAttribute("administratorForm", form);
        model.addAttribute("problem", problem);
        return "registry/school";
    }
}
