package ru.mentoring.web.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.monitoring.MonitoringApi.CreatedRound;
import ru.mentoring.web.monitoring.MonitoringApi.PersonalLink;
import ru.mentoring.web.monitoring.MonitoringApi.RoundDetails;
import ru.mentoring.web.monitoring.MonitoringApi.RoundSummary;
import ru.mentoring.web.monitoring.MonitoringApi.School;
import ru.mentoring.web.monitoring.MonitoringApi.Template;

/**
 * Questionnaire rounds: the list, opening one, a round's pending respondents with their personal
 * links (copy, reissue, print with QR codes). The monitoring API lets coordinators and school
 * administrators see rounds (they name people); a department viewer has the aggregates only.
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin')")
class RoundsController {

    /** The public questionnaire page's path; a link is this on the host the person reached the pages on. */
    static final String QUESTIONNAIRE_PATH = "/q/";
    static final int PAGE_SIZE = 25;

    private final MonitoringService monitoring;
    private final Clock clock;

    RoundsController(MonitoringService monitoring) {
        this.monitoring = monitoring;
        this.clock = Clock.systemUTC();
    }

    record RoundRow(RoundSummary round, String schoolName) {
    }

    @GetMapping("/monitoring/rounds")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String school,
            @RequestParam(defaultValue = "1") int page, Model model) {
        Map<String, School> schools = monitoring.schools();
        List<RoundRow> rows = new ArrayList<>();
        for (RoundSummary r : monitoring.rounds(school, year)) {
            rows.add(new RoundRow(r, name(schools, r.schoolCode())));
        }
        // by school, then the newest round first
        rows.sort(Comparator.comparing(RoundRow::schoolName).thenComparing(r -> r.round().opensAt(), Comparator.reverseOrder()));
        // the service answers a school's or a year's rounds whole (tens); the page shows them in pages
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        model.addAttribute("total", rows.size());
        model.addAttribute("rows", rows.subList((shown - 1) * PAGE_SIZE, Math.min(rows.size(), shown * PAGE_SIZE)));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("schools", schools.values());
        model.addAttribute("school", school);
        model.addAttribute("year", year);
        model.addAttribute("years", ProgrammeYears.offered(clock));
        return "monitoring/rounds";
    }

    @GetMapping("/monitoring/rounds/new")
    String newRound(@RequestParam(required = false) String school, Model model) {
        Map<String, School> schools = monitoring.schools();
        String chosen = school != null ? school : schools.size() == 1 ? schools.keySet().iterator().next() : null;
        return form(RoundForm.empty(ProgrammeYears.current(clock), chosen), null, schools, model);
    }

    @PostMapping("/monitoring/rounds")
    String open(@ModelAttribute RoundForm form, HttpSession session, Model model, RedirectAttributes redirect) {
        List<Template> templates = monitoring.templates();
        String role = templates.stream().filter(t -> t.code().equals(form.templateCode())).map(Template::respondentRole)
                .findFirst().orElse(null);
        CreatedRound created;
        try {
            created = monitoring.openRound(form.request(role));
        } catch (ServiceException e) {
            if (!MonitoringService.isFormError(e)) {
                throw e;
            }
            return form(form, e.problem(), monitoring.schools(), model);
        }
        UUID id = created.round().id();
        for (PersonalLink link : created.links()) {
            IssuedLinks.remember(session, id, link.respondentId(), link.token(), link.expiresAt());
        }
        redirect.addFlashAttribute("done", "Опрос открыт: ссылок выдано — " + created.links().size()
                + ". Отправьте каждому участнику его ссылку или распечатайте их с QR-кодами.");
        return "redirect:/monitoring/rounds/" + id;
    }

    private String form(RoundForm form, Object problem, Map<String, School> schools, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("schools", schools.values());
        model.addAttribute("templates", monitoring.templates());
        model.addAttribute("years", ProgrammeYears.offered(clock));
        // the people of the chosen school, to tick; none until a school is chosen
        model.addAttribute("people", form.schoolCode() == null || form.schoolCode().isBlank() ? List.of()
                : monitoring.participants(form.schoolCode()).values());
        return "monitoring/round-new";
    }

    @GetMapping("/monitoring/rounds/{id}")
    String round(@PathVariable UUID id, HttpSession session, Model model) {
        model.addAttribute("page", page(id, session));
        return "monitoring/round";
    }

    @GetMapping("/monitoring/rounds/{id}/print")
    String print(@PathVariable UUID id, HttpSession session, Model model) {
        model.addAttribute("page", page(id, session));
        return "monitoring/round-print";
    }

    /** A new link for one person; the old one stops working. */
    @PostMapping("/monitoring/rounds/{id}/respondents/{respondent}/link")
    String reissue(@PathVariable UUID id, @PathVariable UUID respondent, HttpSession session, RedirectAttributes redirect) {
        PersonalLink link = monitoring.reissue(id, respondent);
        IssuedLinks.remember(session, id, respondent, link.token(), link.expiresAt());
        redirect.addFlashAttribute("done", "Выдана новая ссылка; прежняя больше не действует.");
        return "redirect:/monitoring/rounds/" + id + "#r-" + respondent;
    }

    /** New links for everyone pending whose link this session does not have (to print them all at once). */
    @PostMapping("/monitoring/rounds/{id}/links")
    String reissueMissing(@PathVariable UUID id, HttpSession session, RedirectAttributes redirect) {
        Map<UUID, IssuedLinks.Issued> known = IssuedLinks.of(session, id);
        int issued = 0;
        for (var r : monitoring.round(id).respondents()) {
            if ("PENDING".equals(r.status()) && !known.containsKey(r.id())) {
                PersonalLink link = monitoring.reissue(id, r.id());
                IssuedLinks.remember(session, id, r.id(), link.token(), link.expiresAt());
                issued++;
            }
        }
        redirect.addFlashAttribute("done", "Выдано новых ссылок: " + issued + ".");
        return "redirect:/monitoring/rounds/" + id;
    }

    private RoundPage page(UUID id, HttpSession session) {
        RoundDetails details = monitoring.round(id);
        String schoolCode = details.round().schoolCode();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path(QUESTIONNAIRE_PATH).toUriString();
        return RoundPage.of(details, name(monitoring.schools(), schoolCode), monitoring.participants(schoolCode),
                IssuedLinks.of(session, id), base);
    }

    static String name(Map<String, School> schools, String code) {
        School s = schools.get(code);
        return s == null ? "школа вне реестра" : s.label();
    }
}
