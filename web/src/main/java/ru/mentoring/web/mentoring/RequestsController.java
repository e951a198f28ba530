package ru.mentoring.web.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import ru.mentoring.web.mentoring.MentoringApi.MenteeEntry;
import ru.mentoring.web.mentoring.MentoringApi.Pair;
import ru.mentoring.web.mentoring.MentoringApi.Suggested;
import ru.mentoring.web.mentoring.MentoringApi.SuggestedMentor;
import ru.mentoring.web.mentoring.MentoringApi.Suggestions;
import ru.mentoring.web.shell.DistrictTime;

/**
 * Mentees' requests (запросы наставляемых): the list, one request with the registry's suggested
 * mentors and their reasons, and forming a pair or group from a suggestion.
 *
 * <p>The registry has no list of requests of its own: the list is the bank of mentees (its search,
 * filters and pages) with each person's open requests; by default those not in a pair yet.
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin')")
class RequestsController {

    /** The other mentees offered for a group: the free ones of the request's school, first page. */
    static final int GROUP_CHOICES = 100;

    private final MentoringService mentoring;
    private final Clock clock;

    RequestsController(MentoringService mentoring) {
        this.mentoring = mentoring;
        this.clock = DistrictTime.clock();
    }

    @GetMapping("/mentoring/requests")
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) String school,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, Model model) {
        // waiting for a mentor unless asked otherwise ("all": everybody in the bank)
        String bankStatus = status == null ? "FREE" : "all".equals(status) ? null : status;
        BankQuery query = BankQuery.of(q, school, subject, null, bankStatus, null, page);
        List<MentoringApi.School> schools = mentoring.schools();
        model.addAttribute("query", query);
        model.addAttribute("statusParam", query.status() == null ? "all" : query.status());
        model.addAttribute("schools", schools.size() > 1 ? schools : List.of());
        model.addAttribute("pageSize", MentoringService.PAGE_SIZE);
        model.addAttribute("result", mentoring.mentees(query, MentoringService.PAGE_SIZE));
        return "mentoring/requests";
    }

    @GetMapping("/mentoring/requests/{id}")
    public String request(@PathVariable UUID id, Model model) {
        model.addAttribute("answer", mentoring.suggestions(id));
        model.addAttribute("request", mentoring.bankRequest(id));
        return "mentoring/request";
    }

    @GetMapping("/mentoring/requests/{id}/pair")
    public String pairForm(@PathVariable UUID id, @RequestParam UUID mentor, Model model) {
        Suggestions answer = mentoring.suggestions(id);
        String kind = mentoring.participant(answer.request().menteeId()).kind();
        LocalDate today = LocalDate.now(clock);
        // a teacher is mentored in «педагог – педагог», a student in «учитель – ученик» unless chosen otherwise
        String form = "STUDENT".equals(kind) ? "TEACHER_STUDENT" : "TEACHER_TEACHER";
        PairForm typed = new PairForm(mentor.toString(), answer.request().menteeId().toString(), List.of(), form, null,
                "TRADITIONAL", null, today.toString(), today.toString(), today.plusMonths(9).toString(), true);
        return showPairForm(id, answer, typed, model);
    }

    @PostMapping("/mentoring/requests/{id}/pair")
    public String formPair(@PathVariable UUID id, @ModelAttribute PairForm typed, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Suggestions answer = mentoring.suggestions(id);
        // the mentee is the request's, whatever the page sent
        PairForm form = new PairForm(typed.mentorId(), answer.request().menteeId().toString(), typed.otherMentees(), typed.form(),
                typed.interactionModel(), typed.kind(), typed.orderNumber(), typed.orderDate(), typed.startDate(), typed.endDate(),
                typed.closeRequest());
        Pair pair;
        try {
            pair = mentoring.createPair(form.body());
        } catch (ServiceException e) {
            model.addAttribute("problem", Problems.onForm(e, response));
            return showPairForm(id, answer, form, model);
        }
        String done = pair.mentees().size() > 1 ? "Группа сформирована." : "Пара сформирована.";
        if (form.closeRequest()) {
            try {
                mentoring.closeRequest(answer.request().menteeId(), id);
                done += " Запрос наставляемого закрыт.";
            } catch (ServiceException e) {
                done += " Запрос наставляемого не закрыт: " + e.problem().message();
            }
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/mentoring/pairs/" + pair.id();
    }

    private String showPairForm(UUID id, Suggestions answer, PairForm typed, Model model) {
        model.addAttribute("answer", answer);
        model.addAttribute("typed", typed);
        model.addAttribute("mentor", mentorOf(answer, typed.mentorId()));
        model.addAttribute("catalog", mentoring.catalog());
        List<MenteeEntry> others = mentoring.mentees(new BankQuery(null, answer.request().menteeSchoolCode(), null, null, "FREE", null, 1),
                GROUP_CHOICES).items().stream().filter(m -> !m.id().equals(answer.request().menteeId())).toList();
        model.addAttribute("others", others);
        model.addAttribute("requestId", id);
        return "mentoring/pair-form";
    }

    /** The suggested mentor's name and school; a mentor not among the suggestions is not offered. */
    private static SuggestedMentor mentorOf(Suggestions answer, String mentorId) {
        return answer.suggestions().stream().map(Suggested::mentor).filter(m -> m.id().toString().equals(mentorId)).findFirst()
                .orElseThrow(() -> new NotFoundException("/mentoring/requests/" + answer.request().id() + "/pair"));
    }
}
