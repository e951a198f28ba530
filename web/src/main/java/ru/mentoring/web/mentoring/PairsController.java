package ru.mentoring.web.mentoring;

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

import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.mentoring.MentoringApi.Pair;
import ru.mentoring.web.shell.DistrictTime;

/**
 * Pairs and groups: the list with its filters, a pair's page (stage, history, change requests,
 * programme at a glance, the mentor's stage reports), the next stage or the end, recording a change
 * request and deciding it, accepting or declining a mentee's proposal for the programme.
 * With several mentors for a mentee, which of them leads, and handing the lead to this pair's mentor.
 * Each form posts, and on the registry's refusal the page is shown again with the reason next to
 * the field; the pair's other parts are read anew.
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin')")
class PairsController {


    private final MentoringService mentoring;

    PairsController(MentoringService mentoring) {
        this.mentoring = mentoring;
    }

    @GetMapping("/mentoring/pairs")
    public String list(@RequestParam(required = false) String form, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String school, @RequestParam(required = false) Integer page, Model model) {
        PairQuery query = PairQuery.of(form, stage, school, page);
        List<MentoringApi.School> schools = mentoring.schools();
        model.addAttribute("query", query);
        model.addAttribute("schools", schools.size() > 1 ? schools : List.of());
        model.addAttribute("catalog", mentoring.catalog());
        model.addAttribute("pageSize", MentoringService.PAGE_SIZE);
        MentoringApi.Page<Pair> result = mentoring.pairs(query);
        model.addAttribute("result", result);
        model.addAttribute("leadMarks", LeadMentors.marks(result.items()));
        return "mentoring/pairs";
    }

    @GetMapping("/mentoring/pairs/{id}")
    public String pair(@PathVariable UUID id, Model model) {
        return show(id, model);
    }

    /** The next stage (or completion after the last), or termination with a reason. */
    @PostMapping("/mentoring/pairs/{id}/status")
    public String status(@PathVariable UUID id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String terminationReason, @RequestParam(required = false) String note, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Pair pair = mentoring.changeStatus(id, status, terminationReason, note);
            redirect.addFlashAttribute("done", switch (pair.status()) {
                case "COMPLETED" -> "Программа наставничества завершена.";
                case "TERMINATED" -> "Пара прекращена: " + pair.terminationReasonLabel() + ".";
                default -> "Пара переведена на этап «" + pair.statusLabel() + "».";
            });
            return "redirect:/mentoring/pairs/" + id;
        } catch (ServiceException e) {
            ServiceProblem problem = Problems.onForm(e, response);
            // the stage button and the termination form are two forms: the problem goes to the one used
            model.addAttribute("TERMINATED".equals(status) ? "endProblem" : "stageProblem", problem);
            model.addAttribute("endTyped", new String[] {terminationReason, note});
            return show(id, model);
        }
    }

    /** Of a mentee's several mentors of the form, this pair's becomes the lead one. */
    @PostMapping("/mentoring/pairs/{id}/lead-mentor")
    public String leadMentor(@PathVariable UUID id, @RequestParam(required = false) String menteeId, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Pair pair = mentoring.leadMentor(id, menteeId);
            String mentee = pair.mentees().stream()
                    .filter(m -> m.participantId() != null && m.participantId().toString().equals(menteeId))
                    .map(MentoringApi.Member::fullName).findFirst().orElse("");
            redirect.addFlashAttribute("done", mentee + ": ведущий наставник — " + pair.mentor().fullName() + ".");
            return "redirect:/mentoring/pairs/" + id + "#leads";
        } catch (ServiceException e) {
            model.addAttribute("leadProblem", Problems.onForm(e, response));
            model.addAttribute("leadMentee", menteeId);
            return show(id, model);
        }
    }

    @PostMapping("/mentoring/pairs/{id}/requests")
    public String record(@PathVariable UUID id, @ModelAttribute ChangeRequestForm typed, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            MentoringApi.ChangeRequest r = mentoring.recordChangeRequest(id, typed);
            redirect.addFlashAttribute("done", "Обращение записано: " + r.kindLabel() + ".");
            return "redirect:/mentoring/pairs/" + id + "#requests";
        } catch (ServiceException e) {
            model.addAttribute("requestProblem", Problems.onForm(e, response));
            model.addAttribute("requestTyped", typed);
            return show(id, model);
        }
    }

    @PostMapping("/mentoring/pairs/{id}/requests/{requestId}/decision")
    public String decide(@PathVariable UUID id, @PathVariable UUID requestId, @RequestParam boolean approve,
            @RequestParam(required = false) String note, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            MentoringApi.ChangeRequest r = mentoring.decide(id, requestId, approve, note);
            redirect.addFlashAttribute("done", approve
                    ? "Обращение удовлетворено (" + r.kindLabel() + "): пара прекращена."
                    : "Обращение отклонено (" + r.kindLabel() + ").");
            return "redirect:/mentoring/pairs/" + id + "#requests";
        } catch (ServiceException e) {
            model.addAttribute("decisionProblem", Problems.onForm(e, response));
            model.addAttribute("decidedId", requestId);
            model.addAttribute("decisionNote", note);
            return show(id, model);
        }
    }

    @PostMapping("/mentoring/pairs/{id}/proposals/{proposalId}/decision")
    public String decideProposal(@PathVariable UUID id, @PathVariable UUID proposalId, @RequestParam boolean accept,
            @RequestParam(required = false) String note, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            mentoring.decideProposal(id, proposalId, accept, note);
            redirect.addFlashAttribute("done", accept ? "Предложение наставляемого принято." : "Предложение наставляемого отклонено.");
            return "redirect:/mentoring/pairs/" + id + "#proposals";
        } catch (ServiceException e) {
            model.addAttribute("proposalProblem", Problems.onForm(e, response));
            model.addAttribute("decidedProposalId", proposalId);
            model.addAttribute("proposalNote", note);
            return show(id, model);
        }
    }

    private String show(UUID id, Model model) {
        Pair pair = mentoring.pair(id); // first: another school's pair is "not found" before anything else is read
        model.addAttribute("pair", pair);
        model.addAttribute("history", mentoring.history(id));
        model.addAttribute("requests", mentoring.changeRequests(id));
        model.addAttribute("proposals", mentoring.proposals(id));
        model.addAttribute("reports", mentoring.reports(id));
        model.addAttribute("programme", mentoring.programme(id));
        model.addAttribute("catalog", mentoring.catalog());
        model.addAttribute("leads", LeadMentors.of(pair, mentee -> mentoring.activePairsOf(mentee, pair.form())));
        model.addAttribute("next", Stage.next(pair.status()));
        model.addAttribute("today", DistrictTime.today().toString());
        if (!model.containsAttribute("requestTyped")) {
            // the first mentee this person may name (the other school's member comes without an id)
            String mentee = pair.mentees().stream().filter(m -> m.participantId() != null).map(m -> m.participantId().toString())
                    .findFirst().orElse(null);
            model.addAttribute("requestTyped", new ChangeRequestForm("MENTOR_REPLACEMENT", mentee, DistrictTime.today().toString(), null));
        }
        if (!model.containsAttribute("endTyped")) {
            model.addAttribute("endTyped", new String[] {null, null});
        }
        return "mentoring/pair";
    }
}
