package ru.mentoring.web.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.format.annotation.DateTimeFormat;
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
import ru.mentoring.web.schools.LowResultsSchools;
import tools.jackson.databind.JsonNode;

/**
 * Schools' management teams and personnel reserve (seed 004): the coordinator's table of every school's counts, and a
 * school's team and reserve, kept by its administrator or the coordinator. Only the school's teachers are offered. The
 * section exists for ШНОР schools, so each school is marked as ШНОР or not by the latest classification.
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin')")
class RegistryManagementController {

    private static final ParameterizedTypeReference<List<Counts>> COUNTS = new ParameterizedTypeReference<>() {
    };

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Member(UUID id, UUID participantId, String fullName, String role, String roleLabel, String position, LocalDate since) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Management(String schoolCode, String schoolShortName, List<Member> team, List<Member> reserve) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Counts(String schoolCode, String schoolShortName, long team, long reserve) {
    }

    record Teacher(UUID id, String fullName) {
    }

    private final GatewayClient gateway;
    private final RegistryService registry;
    private final LowResultsSchools lowResults;

    RegistryManagementController(GatewayClient gateway, RegistryService registry, LowResultsSchools lowResults) {
        this.gateway = gateway;
        this.registry = registry;
        this.lowResults = lowResults;
    }

    @GetMapping("/registry/management")
    String page(@RequestParam(required = false) String school, Model model) {
        return page(model, school, null, Map.of());
    }

    @PostMapping("/registry/management")
    String add(@RequestParam String school, @RequestParam(required = false) String participantId,
            @RequestParam(required = false) String role, @RequestParam(required = false) String position,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("participantId", participantId == null || participantId.isBlank() ? null : participantId);
        body.put("role", role == null || role.isBlank() ? null : role);
        body.put("position", position);
        body.put("since", since);
        try {
            Member added = gateway.post(Member.class, body, "/api/registry/schools/{code}/management", school);
            redirect.addFlashAttribute("done", added.fullName() + ": " + added.roleLabel() + ", " + added.position() + ".");
            return "redirect:" + url(school);
        } catch (ServiceException e) {
            ServiceProblem problem = Rejections.problem(e);
            Rejections.status(request, response, problem);
            Map<String, Object> typed = new LinkedHashMap<>(body);
            typed.put("since", since);
            return page(model, school, problem, typed);
        }
    }

    @PostMapping("/registry/management/{id}/remove")
    String remove(@PathVariable UUID id, @RequestParam String school, RedirectAttributes redirect) {
        gateway.delete("/api/registry/management/{id}", id);
        redirect.addFlashAttribute("done", "Педагог исключён из списка.");
        return "redirect:" + url(school);
    }

    private String page(Model model, String school, ServiceProblem problem, Map<String, Object> typed) {
        List<RegistryApi.School> schools = registry.schools();
        String chosen = school != null && !school.isBlank() ? school.strip() : schools.size() == 1 ? schools.getFirst().code() : null;
        model.addAttribute("schools", schools);
        model.addAttribute("school", chosen);
        model.addAttribute("problem", problem);
        model.addAttribute("typed", typed);
        // the section is for ШНОР schools (seed 004): each school says whether the latest classification has it so
        model.addAttribute("shnor", lowResults.latest());
        if (chosen == null) {
            // the coordinator's table first: which schools have a team and a reserve at all
            model.addAttribute("overview", gateway.get(COUNTS, "/api/registry/management/overview"));
            return "registry/management";
        }
        Management management = gateway.get(Management.class, "/api/registry/schools/{code}/management", chosen);
        model.addAttribute("management", management);
        List<Teacher> teachers = new ArrayList<>();
        for (JsonNode p : gateway.get(JsonNode.class, "/api/registry/schools/{code}/participants", chosen)) {
            if ("TEACHER".equals(p.path("kind").asString())) {
                teachers.add(new Teacher(UUID.fromString(p.get("id").asString()), String.join(" ", Stream.of(
                        p.path("lastName").asString(""), p.path("firstName").asString(""), p.path("middleName").asString(""))
                        .filter(s -> !s.isBlank()).toList())));
            }
        }
        teachers.sort(Comparator.comparing(Teacher::fullName));
        model.addAttribute("teachers", teachers);
        return "registry/management";
    }

    private static String url(String school) {
        return UriComponentsBuilder.fromPath("/registry/management").queryParam("school", school).encode().build().toUriString();
    }
}
