package ru.mentoring.monitoring.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.web.NotFoundException;

/** Reads templates; they hold no personal data and are the same for every school. */
@Service
public class QuestionnaireService {

    private final QuestionnaireTemplateRepository templates;
    /** Versions never change once written, so a template read once serves every later answer. */
    private final Map<Long, TemplateView> byId = new ConcurrentHashMap<>();

    QuestionnaireService(QuestionnaireTemplateRepository templates) {
        this.templates = templates;
    }

    @Transactional(readOnly = true)
    public List<TemplateSummary> latestVersions() {
        return templates.findLatestVersions().stream().map(TemplateSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public TemplateView latest(String code) {
        return templates.findLatestByCode(code).map(TemplateView::of)
                .orElseThrow(() -> new NotFoundException("questionnaire", code));
    }

    @Transactional(readOnly = true)
    TemplateView version(String code, int version) {
        return templates.findByCodeAndVersion(code, version).map(TemplateView::of)
                .orElseThrow(() -> new NotFoundException("questionnaire", code + " v" + version));
    }

    @Transactional(readOnly = true)
    public TemplateView byId(long id) {
        TemplateView cached = byId.get(id);
        if (cached != null) {
            return cached;
        }
        TemplateView view = templates.findWithItemsById(id).map(TemplateView::of)
                .orElseThrow(() -> new NotFoundException("questionnaire", id));
        byId.put(id, view);
        return view;
    }

    @Transactional(readOnly = true)
    public List<String> codes() {
        return templates.findAllCodes();
    }
}
