package ru.mentoring.web.own;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.mentoring.MentoringApi.ChangeRequest;
import ru.mentoring.web.mentoring.MentoringApi.Programme;
import ru.mentoring.web.mentoring.MentoringApi.Proposal;
import ru.mentoring.web.mentoring.MentoringApi.Report;

/**
 * «Мои пары»: a mentor's or mentee's own pages. The registry decides what they reach (their own
 * pairs; another pair is "not found") and what each may do; the pages offer a mentor the "done"
 * buttons and the report, a mentee the proposal, and each their own request.
 */
@Controller
@PreAuthorize("hasAnyRole('mentor','mentee')")
class OwnPages {

    private static final ParameterizedTypeReference<List<OwnApi.OwnPair>> PAIRS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Report>> REPORTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Proposal>> PROPOSALS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<ChangeRequest>> REQUESTS = new ParameterizedTypeReference<>() {
    };

    private final GatewayClient gateway;

    OwnPages(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/me")
    String pairs(Model model) {
        model.addAttribute("pairs", gateway.get(PAIRS, "/api/registry/me/pairs"));
        return "own/pairs";
    }

    @GetMapping("/me/pairs/{id}")
    String pair(@PathVariable String id, Model model) {
        return page(model, uuid(id), null, null, null);
    }

    @PostMapping("/me/pairs/{id}/events/{eventId}")
    String done(@PathVariable String id, @PathVariable String eventId, @RequestParam boolean done, RedirectAttributes redirect) {
        UUID pair = uuid(id);
        gateway.post(Programme.class, Map.of("done", done), "/api/registry/me/pairs/{id}/programme/events/{eid}/done", pair, uuid(eventId));
        redirect.addFlashAttribute("done", done ? "Мероприятие отмечено как выполненное." : "Отметка о выполнении снята.");
        return "redirect:/me/pairs/" + pair;
    }

    @PostMapping("/me/pairs/{id}/report")
    String report(@PathVariable String id, @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return send(id, "/api/registry/me/pairs/{id}/reports", Map.of("text", text), "Отчёт сохранён.", "report", text,
                model, response, redirect);
    }

    @PostMapping("/me/pairs/{id}/proposal")
    String proposal(@PathVariable String id, @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return send(id, "/api/registry/me/pairs/{id}/proposals", Map.of("text", text), "Предложение передано куратору.", "proposal",
                text, model, response, redirect);
    }

    @PostMapping("/me/pairs/{id}/request")
    String request(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return send(id, "/api/registry/me/pairs/{id}/requests", Map.of("reason", reason), "Обращение передано куратору.", "request",
                reason, model, response, redirect);
    }

    /** A form's text to the registry; its refusal is shown on the page next to the form, with what was typed. */
    private String send(String id, String path, Map<String, String> body, String done, String form, String typed,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UUID pair = uuid(id);
        try {
            gateway.post(Object.class, body, path, pair);
        } catch (ServiceException e) {
            int status = e.problem().status();
            if (status != 400 && status != 403 && status != 409 && status != 422) {
                throw e;
            }
            response.setStatus(status);
            return page(model, pair, form, e.problem(), typed);
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/me/pairs/" + pair;
    }

    private String page(Model model, UUID id, String form, ServiceProblem problem, String typed) {
        OwnApi.OwnPair own = gateway.get(OwnApi.OwnPair.class, "/api/registry/me/pairs/{id}", id);
        model.addAttribute("own", own);
        model.addAttribute("pair", own.pair());
        model.addAttribute("programme", gateway.get(Programme.class, "/api/registry/me/pairs/{id}/programme", id));
        model.addAttribute("reports", gateway.get(REPORTS, "/api/registry/me/pairs/{id}/reports", id));
        model.addAttribute("proposals", gateway.get(PROPOSALS, "/api/registry/me/pairs/{id}/proposals", id));
        model.addAttribute("requests", gateway.get(REQUESTS, "/api/registry/me/pairs/{id}/requests", id));
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("typed", typed);
        return "own/pair";
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("/me/pairs/" + text);
        }
    }
}
