package ru.mentoring.web.mentoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.mentoring.web.mentoring.MentoringApi.School;

/** The section's landing page with its parts and counts, and the two banks. */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin')")
class MentoringController {

    private final MentoringService mentoring;

    MentoringController(MentoringService mentoring) {
        this.mentoring = mentoring;
    }

    /** @param label what the number counts, as the landing page says it */
    record Count(String label, long value) {
    }

    @GetMapping("/mentoring")
    public String landing(Model model) {
        Map<String, List<Count>> counts = new LinkedHashMap<>();
        counts.put("mentors", List.of(new Count("в банке", mentoring.count("/api/registry/bank/mentors", Map.of("size", 1))),
                new Count("свободны", mentoring.count("/api/registry/bank/mentors", Map.of("status", "FREE", "size", 1)))));
        counts.put("mentees", List.of(new Count("в банке", mentoring.count("/api/registry/bank/mentees", Map.of("size", 1))),
                new Count("ждут наставника", mentoring.count("/api/registry/bank/mentees", Map.of("status", "FREE", "size", 1)))));
        counts.put("pairs", List.of(new Count("действуют", mentoring.count("/api/registry/pairs", Map.of("active", true, "size", 1))),
                new Count("всего", mentoring.count("/api/registry/pairs", Map.of("size", 1)))));
        model.addAttribute("counts", counts);
        return "mentoring/index";
    }

    /** The bank of mentors or of mentees: the same page, the same filters. */
    @GetMapping("/mentoring/{bank:mentors|mentees}")
    public String bank(@PathVariable String bank, @RequestParam(required = false) String q,
            @RequestParam(required = false) String school, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String status,
            @RequestParam(required = false) String young, @RequestParam(required = false) Integer page, Model model) {
        BankQuery query = BankQuery.of(q, school, subject, kind, status, young, page);
        bank(model, bank, query);
        model.addAttribute("result", bank.equals("mentors") ? mentoring.mentors(query, MentoringService.PAGE_SIZE)
                : mentoring.mentees(query, MentoringService.PAGE_SIZE));
        return "mentoring/bank";
    }

    private void bank(Model model, String which, BankQuery query) {
        List<School> schools = mentoring.schools();
        model.addAttribute("which", which);
        model.addAttribute("query", query);
        model.addAttribute("pageSize", MentoringService.PAGE_SIZE);
        // one school (a school administrator's): nothing to choose
        model.addAttribute("schools", schools.size() > 1 ? schools : List.of());
    }
}
