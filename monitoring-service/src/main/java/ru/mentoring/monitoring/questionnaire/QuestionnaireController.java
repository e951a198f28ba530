package ru.mentoring.monitoring.questionnaire;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The questionnaires themselves: no answers, no people, so every role may read them. */
@RestController
@RequestMapping("/api/monitoring/questionnaires")
class QuestionnaireController {

    private final QuestionnaireService questionnaires;

    QuestionnaireController(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** The latest version of every questionnaire. */
    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer','internal-service')")
    List<TemplateSummary> list() {
        return questionnaires.latestVersions();
    }

    /** The latest version with its items, or the version asked for. */
    @GetMapping("/{code}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer','internal-service')")
    TemplateView one(@PathVariable String code, @RequestParam(required = false) Integer version) {
        return version == null ? questionnaires.latest(code) : questionnaires.version(code, version);
    }
}
