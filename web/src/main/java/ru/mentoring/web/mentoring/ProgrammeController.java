package ru.mentoring.web.mentoring;

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
import ru.mentoring.web.mentoring.MentoringApi.Pair;

/**
 * A pair's personalised programme (персонализированная программа): goals, difficulties and the plan
 * of events; edited as a whole (the registry replaces it), an event marked done on its own.
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin')")
class ProgrammeController {

    private final MentoringService mentoring;

    ProgrammeController(MentoringService mentoring) {
        this.mentoring = mentoring;
    }

    @GetMapping("/mentoring/pairs/{id}/programme")
    public String view(@PathVariable UUID id, Model model) {
        Pair pair = mentoring.pair(id);
        model.addAttribute("pair", pair);
        model.addAttribute("programme", mentoring.programme(id));
        return "mentoring/programme";
    }

    @GetMapping("/mentoring/pairs/{id}/programme/edit")
    public String edit(@PathVariable UUID id, Model model) {
        Pair pair = mentoring.pair(id);
        model.addAttribute("pair", pair);
        model.addAttribute("typed", ProgrammeForm.of(mentoring.programme(id)));
        return "mentoring/programme-edit";
    }

    @PostMapping("/mentoring/pairs/{id}/programme")
    public String save(@PathVariable UUID id, @ModelAttribute ProgrammeForm typed, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            mentoring.putProgramme(id, typed.body());
        } catch (ServiceException e) {
            model.addAttribute("problem", Problems.onForm(e, response));
            model.addAttribute("pair", mentoring.pair(id));
            model.addAttribute("typed", typed.withBlankRows());
            return "mentoring/programme-edit";
        }
        redirect.addFlashAttribute("done", "Программа сохранена.");
        return "redirect:/mentoring/pairs/" + id + "/programme";
    }

    @PostMapping("/mentoring/pairs/{id}/programme/events/{eventId}")
    public String done(@PathVariable UUID id, @PathVariable UUID eventId, @RequestParam boolean done, RedirectAttributes redirect) {
        // a refusal here (an ended pair) has nothing typed to keep: the error page says why
        mentoring.markDone(id, eventId, done);
        redirect.addFlashAttribute("done", done ? "Мероприятие отмечено как выполненное." : "Отметка о выполнении снята.");
        return "redirect:/mentoring/pairs/" + id + "/programme";
    }
}
