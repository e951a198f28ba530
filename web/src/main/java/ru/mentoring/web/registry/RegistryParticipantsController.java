package ru.mentoring.web.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import ru.mentoring.web.mentoring.Stage;
import ru.mentoring.web.registry.Forms.ConsentForm;
import ru.mentoring.web.registry.Forms.ParticipantForm;
import ru.mentoring.web.registry.Forms.WithdrawalForm;
import ru.mentoring.web.registry.RegistryApi.Pair;
import ru.mentoring.web.registry.RegistryApi.Participant;
import ru.mentoring.web.registry.RegistryApi.School;
import ru.mentoring.web.registry.RegistryApi.Withdrawal;

/** The participants: the list, a person's page with consents and pairs, adding and editing. */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin')")
class RegistryParticipantsController {

    private final RegistryService registry;

    RegistryParticipantsController(RegistryService registry) {
        this.registry = registry;
    }

    @GetMapping("/registry/participants")
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String school, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page, Model model) {
        List<School> schools = registry.schools();
        Map<String, String> names = registry.schoolNames(schools);
        ParticipantTable.Query query = ParticipantTable.Query.of(q, kind, school, sort, dir, page);
        if (query.school() != null && !names.containsKey(query.school())) {
            throw new NotFoundException("/registry/participants?school=" + query.school());
        }
        RegistryApi.Page<Participant> answer = registry.participants(query);
        int pages = ParticipantTable.pages(answer.total());
        if (answer.items().isEmpty() && query.page() > pages) {
            // a page past the end (the list shrank, an old link) is the last page
            query = query.onPage(pages);
            answer = registry.participants(query);
        }
        model.addAttribute("schools", schools);
        model.addAttribute("query", query);
        model.addAttribute("table", ParticipantTable.page(answer, names));
        return "registry/participants";
    }

    @GetMapping("/registry/participants/new")
    public String addForm(@RequestParam(required = false) String school, Model model) {
        List<School> schools = registry.schools();
        String preset = school != null ? school : schools.size() == 1 ? schools.get(0).code() : null;
        return form(model, ParticipantForm.empty(preset), null, null, schools);
    }

    @PostMapping("/registry/participants")
    public String add(@ModelAttribute("form") ParticipantForm form, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        try {
            if (Forms.trim(form.schoolCode()) == null) {
                throw new Forms.Unsendable(new ServiceProblem(400, null, "Проверьте выделенные поля.",
                        List.of(new ServiceProblem.FieldProblem("schoolCode", null, "Выберите школу"))));
            }
            Participant added = registry.add(form.schoolCode(), form.toRequest());
            redirect.addFlashAttribute("done", "Участник добавлен: " + added.fullName() + ".");
            return "redirect:/registry/participants/" + added.id();
        } catch (Forms.Unsendable | ServiceException e) {
            ServiceProblem problem = Rejections.problem(e);
            Rejections.status(request, response, problem);
            return form(model, form, problem, null, registry.schools());
        }
    }

    @GetMapping("/registry/participants/{id}")
    public String card(@PathVariable String id, Model model) {
        UUID uuid = id(id);
        return card(model, registry.participant(uuid), ConsentForm.empty(), null, WithdrawalForm.empty(), null);
    }

    @GetMapping("/registry/participants/{id}/edit")
    public String editForm(@PathVariable String id, Model model) {
        Participant p = registry.participant(id(id));
        return form(model, ParticipantForm.of(p), null, p, List.of());
    }

    @PostMapping("/registry/participants/{id}")
    public String edit(@PathVariable String id, @ModelAttribute("form") ParticipantForm form, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        UUID uuid = id(id);
        try {
            Participant changed = registry.update(uuid, form.toRequest());
            redirect.addFlashAttribute("done", "Изменения сохранены.");
            return "redirect:/registry/participants/" + changed.id();
        } catch (Forms.Unsendable | ServiceException e) {
            ServiceProblem problem = Rejections.problem(e);
            Rejections.status(request, response, problem);
            return form(model, form, problem, registry.participant(uuid), List.of());
        }
    }

    @PostMapping("/registry/participants/{id}/consents")
    public String recordConsent(@PathVariable String id, @ModelAttribute ConsentForm consent, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        UUID uuid = id(id);
        try {
            registry.recordConsent(uuid, consent.toRequest());
            redirect.addFlashAttribute("done", "Согласие зарегистрировано.");
            return "redirect:/registry/participants/" + uuid;
        } catch (Forms.Unsendable | ServiceException e) {
            ServiceProblem problem = Rejections.problem(e);
            Rejections.status(request, response, problem);
            return card(model, registry.participant(uuid), consent, problem, WithdrawalForm.empty(), null);
        }
    }

    @PostMapping("/registry/participants/{id}/account")
    public String inviteToAccount(@PathVariable String id, @RequestParam(defaultValue = "") String email, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        UUID uuid = id(id);
        try {
            RegistryApi.Account account = registry.inviteToAccount(uuid, email.strip());
            redirect.addFlashAttribute("done", account.userCreated()
                    ? (account.invitationSent() ? "Приглашение в личный кабинет отправлено на " + email.strip() + "."
                            : "Учётная запись создана (логин " + account.username() + "), но письмо-приглашение не отправлено: "
                                    + "проверьте настройки почты Keycloak.")
                    : "Участник связан с учётной записью " + account.username() + ".");
            return "redirect:/registry/participants/" + uuid;
        } catch (ServiceException e) {
            ServiceProblem problem = Rejections.problem(e);
            Rejections.status(request, response, problem);
            String view = card(model, registry.participant(uuid), ConsentForm.empty(), null, WithdrawalForm.empty(), null);
            model.addAttribute("accountProblem", problem);
            model.addAttribute("accountEmail", email);
            return view;
        }
    }

    @PostMapping("/registry/participants/{id}/consents/withdrawal")
    public String withdrawConsent(@PathVariable String id, @ModelAttribute WithdrawalForm withdrawal, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        UUID uuid = id(id);
        try {
            Withdrawal done = registry.withdrawConsent(uuid, withdrawal.toRequest());
            int ended = done.terminatedPairIds() == null ? 0 : done.terminatedPairIds().size();
            redirect.addFlashAttribute("done", ended == 0 ? "Согласие отозвано."
                    : "Согласие отозвано. Прекращено пар (групп) с участием этого человека: " + ended + ".");
            return "redirect:/registry/participants/" + uuid;
        } catch (Forms.Unsendable | ServiceException e) {
            ServiceProblem problem = Rejections.problem(e);
            Rejections.status(request, response, problem);
            return card(model, registry.participant(uuid), ConsentForm.empty(), null, withdrawal, problem);
        }
    }

    private String card(Model model, Participant p, ConsentForm consent, ServiceProblem consentProblem, WithdrawalForm withdrawal,
            ServiceProblem withdrawalProblem) {
        model.addAttribute("person", p);
        model.addAttribute("school", registry.school(p.schoolCode()));
        model.addAttribute("consents", registry.consents(p.id()));
        List<Pair> pairs = registry.pairsOf(p.id());
        model.addAttribute("pairs", pairs);
        model.addAttribute("leadMarks", leadMarks(p.id(), pairs));
        model.addAttribute("consentForm", consent);
        model.addAttribute("consentProblem", consentProblem);
        model.addAttribute("withdrawalForm", withdrawal);
        model.addAttribute("withdrawalProblem", withdrawalProblem);
        return "registry/participant";
    }

    /** The add form (with the schools to choose from) or the edit form (of {@code person}). */
    private String form(Model model, ParticipantForm form, ServiceProblem problem, Participant person, List<School> schools) {
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("person", person);
        model.addAttribute("schools", schools);
        return "registry/participant-form";
    }

    /** An address with no valid id is a page that does not exist, as an unknown id is. */
    static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("/registry/participants/" + text);
        }
    }

    /**
     * A mentee with several mentors of a form (seed 001; their active pairs of it): which mentor leads, by pair id —
     * «ведущий наставник», or «не ведущий наставник» for the others. A mentee's only mentor is not marked.
     */
    static Map<UUID, String> leadMarks(UUID person, List<Pair> pairs) {
        Map<String, List<Pair>> byForm = new HashMap<>();
        for (Pair pair : pairs) {
            if (Stage.isActive(pair.status()) && pair.mentees().stream().anyMatch(m -> person.equals(m.participantId()))) {
                byForm.computeIfAbsent(pair.form(), f -> new ArrayList<>()).add(pair);
            }
        }
        Map<UUID, String> marks = new HashMap<>();
        byForm.values().stream().filter(several -> several.size() > 1).flatMap(List::stream).forEach(pair -> {
            boolean leads = pair.mentees().stream().anyMatch(m -> person.equals(m.participantId()) && Boolean.TRUE.equals(m.leadMentor()));
            marks.put(pair.id(), leads ? "ведущий наставник" : "не ведущий наставник");
        });
        return marks;
    }
}
