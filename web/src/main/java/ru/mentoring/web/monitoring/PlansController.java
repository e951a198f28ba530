package ru.mentoring.web.monitoring;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.monitoring.MonitoringApi.EventView;
import ru.mentoring.web.monitoring.MonitoringApi.Plan;
import ru.mentoring.web.monitoring.MonitoringApi.School;

/**
 * The plans of events (дорожная карта): the year's plans, one plan with what is overdue, and an
 * event's status and evidence (a coordinator, a school administrator in their school's plan; the
 * service decides).
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
class PlansController {

    /** The statuses a person can set, with the documents' words (monitoring's EventStatus). */
    static final Map<String, String> STATUSES = Labels.ordered("PLANNED", "запланировано", "IN_PROGRESS", "выполняется",
            "DONE", "выполнено", "CANCELLED", "отменено");

    /** The months of a programme year, September first, for an event's due month. */
    static final Map<String, String> MONTHS = Labels.ordered("9", "сентябрь", "10", "октябрь", "11", "ноябрь", "12", "декабрь",
            "1", "январь", "2", "февраль", "3", "март", "4", "апрель", "5", "май", "6", "июнь", "7", "июль", "8", "август");

    /** The four activities of the centre's work plan, with the seed's headings (monitoring's Activity). */
    static final Map<String, String> ACTIVITIES = Labels.ordered("RESEARCH", "Исследовательская деятельность",
            "PROJECT", "Проектная деятельность", "CONSULTING", "Консультационная деятельность",
            "INFORMATION", "Информационная деятельность");

    private final MonitoringService monitoring;
    private final Clock clock;

    PlansController(MonitoringService monitoring) {
        this.monitoring = monitoring;
        this.clock = Clock.systemUTC();
    }

    @GetMapping("/monitoring/plans")
    String plans(@RequestParam(required = false) Integer year, Model model) {
        int y = ProgrammeYears.orCurrent(year, clock);
        model.addAttribute("year", y);
        model.addAttribute("years", ProgrammeYears.offered(clock));
        model.addAttribute("plans", monitoring.plans(y));
        model.addAttribute("schoolNames", monitoring.schools());
        return "monitoring/plans";
    }

    @PostMapping("/monitoring/plans")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    String create(@RequestParam Integer year, @RequestParam(required = false) String school, RedirectAttributes redirect) {
        Plan plan;
        try {
            plan = monitoring.createPlan(year, school == null || school.isBlank() ? null : school);
        } catch (ServiceException e) {
            if (!MonitoringService.isFormError(e)) {
                throw e;
            }
            // e.g. the plan exists already: said above the year's list
            redirect.addFlashAttribute("problem", e.problem());
            return "redirect:/monitoring/plans?year=" + year;
        }
        redirect.addFlashAttribute("done", "План мероприятий создан.");
        return "redirect:/monitoring/plans/" + plan.plan().id();
    }

    /** The plan; {@code activity} (one of the centre's four) shows only that activity's events. */
    @GetMapping("/monitoring/plans/{id}")
    String plan(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String activity, Model model) {
        String shown = ACTIVITIES.containsKey(activity) ? activity : null;
        model.addAttribute("activity", shown);
        return plan(id, overdue, shown, EventForm.empty(), null, model);
    }

    @GetMapping("/monitoring/plans/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(required = false) String activity) {
        return monitoring.planWorkbook(id, ACTIVITIES.containsKey(activity) ? activity : null);
    }

    /** An event's description to change: the centre's activity and place, or a school's own roadmap event. */
    @GetMapping("/monitoring/plans/{id}/events/{event}/edit")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    String editForm(@PathVariable UUID id, @PathVariable UUID event, Model model) {
        Plan plan = monitoring.plan(id, false);
        EventView found = plan.events().stream().filter(e -> e.id().equals(event)).findFirst()
                .orElseThrow(() -> new NotFoundException("event " + event));
        return editPage(plan, found, EventForm.of(found), null, model);
    }

    @PostMapping("/monitoring/plans/{id}/events/{event}/edit")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    String edit(@PathVariable UUID id, @PathVariable UUID event, @ModelAttribute EventForm eventForm, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        EventView edited;
        try {
            edited = monitoring.editEvent(id, event, eventForm.toRequest());
        } catch (EventForm.Refused e) {
            response.setStatus(e.problem().status());
            return editPage(id, event, eventForm, e.problem(), model);
        } catch (ServiceException e) {
            if (!MonitoringService.isFormError(e)) {
                throw e;
            }
            response.setStatus(e.problem().status());
            return editPage(id, event, eventForm, e.problem(), model);
        }
        redirect.addFlashAttribute("done", "Мероприятие изменено: " + edited.event() + ".");
        return "redirect:/monitoring/plans/" + id + "#e-" + event;
    }

    private String editPage(UUID id, UUID event, EventForm form, ServiceProblem problem, Model model) {
        Plan plan = monitoring.plan(id, false);
        EventView found = plan.events().stream().filter(e -> e.id().equals(event)).findFirst()
                .orElseThrow(() -> new NotFoundException("event " + event));
        return editPage(plan, found, form, problem, model);
    }

    private String editPage(Plan plan, EventView event, EventForm form, ServiceProblem problem, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("event", event);
        model.addAttribute("eventForm", form);
        model.addAttribute("eventProblem", problem);
        model.addAttribute("months", MONTHS);
        model.addAttribute("activities", ACTIVITIES);
        model.addAttribute("year", plan.plan().programmeYear());
        return "monitoring/plan-event";
    }

    /** A new event at the end of the plan; a refusal is shown next to the form with what was typed. */
    @PostMapping("/monitoring/plans/{id}/events")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    String addEvent(@PathVariable UUID id, @ModelAttribute EventForm eventForm, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        EventView added;
        try {
            added = monitoring.addEvent(id, eventForm.toRequest());
        } catch (EventForm.Refused e) {
            response.setStatus(e.problem().status());
            return plan(id, false, null, eventForm, e.problem(), model);
        } catch (ServiceException e) {
            if (!MonitoringService.isFormError(e)) {
                throw e;
            }
            response.setStatus(e.problem().status());
            return plan(id, false, null, eventForm, e.problem(), model);
        }
        redirect.addFlashAttribute("done", "Мероприятие добавлено в план: " + added.event() + ".");
        return "redirect:/monitoring/plans/" + id + "#e-" + added.id();
    }

    private String plan(UUID id, boolean overdue, String activity, EventForm eventForm, ServiceProblem eventProblem, Model model) {
        Plan plan = activity == null ? monitoring.plan(id, overdue) : monitoring.plan(id, overdue, activity);
        Map<String, School> schools = monitoring.schools();
        model.addAttribute("plan", plan);
        model.addAttribute("overdueOnly", overdue);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("months", MONTHS);
        model.addAttribute("activities", ACTIVITIES);
        model.addAttribute("year", plan.plan().programmeYear());
        model.addAttribute("eventForm", eventForm);
        model.addAttribute("eventProblem", eventProblem);
        model.addAttribute("scopeName", plan.plan().schoolCode() == null ? null
                : RoundsController.name(schools, plan.plan().schoolCode()));
        return "monitoring/plan";
    }

    /** An event's new status and evidence; the service's refusal is shown on the plan's page. */
    @PostMapping("/monitoring/plans/{id}/events/{event}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    String update(@PathVariable UUID id, @PathVariable UUID event, @RequestParam String status,
            @RequestParam(required = false) String evidence, @RequestParam(required = false) String evidenceUrl,
            @RequestParam(defaultValue = "false") boolean overdue, RedirectAttributes redirect) {
        try {
            monitoring.updateEvent(id, event, status, evidence, evidenceUrl);
            redirect.addFlashAttribute("done", "Мероприятие отмечено: " + STATUSES.getOrDefault(status, status) + ".");
        } catch (ServiceException e) {
            if (!MonitoringService.isFormError(e)) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e.problem());
            redirect.addFlashAttribute("problemEvent", event);
        }
        return "redirect:/monitoring/plans/" + id + (overdue ? "?overdue=true" : "") + "#e-" + event;
    }
}
