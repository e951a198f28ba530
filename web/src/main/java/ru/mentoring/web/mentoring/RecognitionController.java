package ru.mentoring.web.mentoring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.mentoring.MentoringApi.Page;
import ru.mentoring.web.mentoring.MentoringApi.Pair;
import ru.mentoring.web.mentoring.MentoringApi.School;
import ru.mentoring.web.monitoring.ProgrammeYears;

/**
 * Recognition of mentors (seed 003: «Наставник года», «Лучшая пара», грамоты, благодарственные письма): the school
 * nominates a mentor or a pair of its own, the coordinator awards or declines with a reason; the list by year.
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin')")
class RecognitionController {

    private static final ParameterizedTypeReference<List<Kind>> KINDS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Nomination>> NOMINATIONS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Pair>> PAIRS = new ParameterizedTypeReference<>() {
    };

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Kind(String kind, String label, String nominee) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Nomination(UUID id, String schoolCode, String schoolShortName, int programmeYear, String kind, String kindLabel,
            UUID participantId, UUID pairId, String nominee, String justification, String status, String statusLabel,
            String proposedBy, OffsetDateTime proposedAt, String decisionNote, String decidedBy, OffsetDateTime decidedAt) {

        /** A text longer than a phone's card holds well (a group's many mentees, a long justification) is cut here. */
        static final int SHOWN = 90;

        public boolean proposed() {
            return "PROPOSED".equals(status);
        }

        /** The nominee's beginning when the whole is long (the page shows the rest on request); null when short. */
        public String nomineeShortened() {
            return shortened(nominee, SHOWN);
        }

        public String justificationShortened() {
            return shortened(justification, SHOWN);
        }
    }

    /** The text up to a word's end before {@code max} characters and «…», or null when it fits whole. */
    static String shortened(String text, int max) {
        if (text == null || text.length() <= max) {
            return null;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[\\s,;:—-]+$", "") + "…";
    }

    /** A pair as the nominee list offers it: a group's mentees beyond the first three are counted, not listed. */
    static String pairChoice(Pair p) {
        List<String> names = p.mentees().stream().map(MentoringApi.Member::fullName).toList();
        String mentees = names.size() <= 3 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 3)) + " и ещё " + (names.size() - 3);
        return "Пара: " + p.mentor().fullName() + " — " + mentees + " (" + p.formLabel() + ")";
    }

    /** One choice of the nominee list: {@code participant:<id>} or {@code pair:<id>}. */
    record Choice(String value, String label) {
    }

    private final GatewayClient gateway;
    private final MentoringService mentoring;
    private final Clock clock = Clock.systemUTC();

    RecognitionController(GatewayClient gateway, MentoringService mentoring) {
        this.gateway = gateway;
        this.mentoring = mentoring;
    }

    @GetMapping("/mentoring/recognition")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String school,
            @RequestParam(required = false) String status, Model model) {
        return page(model, year, school, status, null, Map.of());
    }

    @PostMapping("/mentoring/recognition")
    String nominate(@RequestParam(required = false) String school, @RequestParam(required = false) Integer programmeYear,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String nominee,
            @RequestParam(required = false) String justification, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programmeYear", programmeYear);
        body.put("kind", kind == null || kind.isBlank() ? null : kind);
        if (nominee != null && nominee.startsWith("pair:")) {
            body.put("pairId", nominee.substring(5));
        } else if (nominee != null && nominee.startsWith("participant:")) {
            body.put("participantId", nominee.substring(12));
        }
        body.put("justification", justification);
        try {
            Nomination n = gateway.post(Nomination.class, body, "/api/registry/recognition/nominations");
            redirect.addFlashAttribute("done", "Выдвинут: " + n.nominee() + " — " + n.kindLabel() + ".");
            return "redirect:" + url(null, n.schoolCode(), null);
        } catch (ServiceException e) {
            ServiceProblem problem = nomineeField(Problems.onForm(e, response));
            Map<String, Object> typed = new LinkedHashMap<>();
            typed.put("programmeYear", programmeYear);
            typed.put("kind", kind);
            typed.put("nominee", nominee);
            typed.put("justification", justification);
            return page(model, null, school, null, problem, typed);
        }
    }

    @PostMapping("/mentoring/recognition/{id}/decision")
    @PreAuthorize("hasRole('coordinator')")
    String decide(@PathVariable UUID id, @RequestParam(required = false) Boolean awarded, @RequestParam(required = false) String note,
            @RequestParam(required = false) String school, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("awarded", awarded);
        body.put("note", note);
        try {
            Nomination n = gateway.post(Nomination.class, body, "/api/registry/recognition/nominations/{id}/decision", id);
            redirect.addFlashAttribute("done", n.nominee() + ": " + n.statusLabel() + ".");
            return "redirect:" + url(null, school, null);
        } catch (ServiceException e) {
            ServiceProblem problem = Problems.onForm(e, response);
            model.addAttribute("decisionFor", id);
            return page(model, null, school, null, problem, Map.of());
        }
    }

    @PostMapping("/mentoring/recognition/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) String school, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        try {
            gateway.delete("/api/registry/recognition/nominations/{id}", id);
            redirect.addFlashAttribute("done", "Выдвижение отозвано.");
            return "redirect:" + url(null, school, null);
        } catch (ServiceException e) {
            return page(model, null, school, null, Problems.onForm(e, response), Map.of());
        }
    }

    private String page(Model model, Integer year, String school, String status, ServiceProblem problem, Map<String, Object> typed) {
        List<School> schools = mentoring.schools();
        String chosen = school != null && !school.isBlank() ? school.strip() : schools.size() == 1 ? schools.getFirst().code() : null;
        model.addAttribute("schools", schools);
        model.addAttribute("school", chosen);
        model.addAttribute("year", year);
        model.addAttribute("status", status == null || status.isBlank() ? null : status);
        model.addAttribute("years", ProgrammeYears.offered(clock));
        model.addAttribute("currentYear", ProgrammeYears.current(clock));
        model.addAttribute("kinds", gateway.get(KINDS, "/api/registry/recognition/kinds"));
        UriComponentsBuilder list = UriComponentsBuilder.fromPath("/api/registry/recognition/nominations");
        Optional.ofNullable(year).ifPresent(y -> list.queryParam("programmeYear", y));
        Optional.ofNullable(chosen).ifPresent(s -> list.queryParam("schoolCode", s));
        Optional.ofNullable(status).filter(s -> !s.isBlank()).ifPresent(s -> list.queryParam("status", s));
        model.addAttribute("nominations", gateway.get(NOMINATIONS, list.encode().build().toUriString()));
        model.addAttribute("choices", chosen == null ? List.of() : choices(chosen));
        model.addAttribute("problem", problem);
        model.addAttribute("typed", typed);
        return "mentoring/recognition";
    }

    /** The school's mentors of its active pairs, and the pairs themselves: whom the school may nominate. */
    private List<Choice> choices(String school) {
        Page<Pair> pairs = gateway.get(PAIRS, "/api/registry/pairs?schoolCode={school}&active=true&size=500", school);
        List<Choice> mentors = new ArrayList<>();
        List<Choice> ofPairs = new ArrayList<>();
        for (Pair p : pairs.items()) {
            if (p.mentor() == null || p.mentor().participantId() == null || !school.equals(p.mentor().schoolCode())) {
                continue; // a pair belongs to its mentor's school
            }
            Choice mentor = new Choice("participant:" + p.mentor().participantId(), p.mentor().fullName());
            if (mentors.stream().noneMatch(c -> c.value().equals(mentor.value()))) {
                mentors.add(mentor);
            }
            ofPairs.add(new Choice("pair:" + p.id(), pairChoice(p)));
        }
        mentors.sort(Comparator.comparing(Choice::label));
        List<Choice> all = new ArrayList<>(mentors);
        all.addAll(ofPairs);
        return all;
    }

    /** The service names the mentor or the pair; the form has one list for both. */
    private static ServiceProblem nomineeField(ServiceProblem p) {
        return new ServiceProblem(p.status(), p.title(), p.detail(), p.errors().stream()
                .map(e -> "participantId".equals(e.field()) || "pairId".equals(e.field())
                        ? new ServiceProblem.FieldProblem("nominee", e.row(), e.reason()) : e)
                .toList());
    }

    private static String url(Integer year, String school, String status) {
        return UriComponentsBuilder.fromPath("/mentoring/recognition")
                .queryParamIfPresent("year", Optional.ofNullable(year))
                .queryParamIfPresent("school", Optional.ofNullable(school).filter(s -> !s.isBlank()))
                .queryParamIfPresent("status", Optional.ofNullable(status).filter(s -> !s.isBlank()))
                .encode().build().toUriString();
    }
}
