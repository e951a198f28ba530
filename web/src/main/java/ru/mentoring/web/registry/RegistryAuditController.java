package ru.mentoring.web.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.mentoring.web.WebSettings;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.registry.RegistryApi.AuditEntry;
import ru.mentoring.web.registry.RegistryApi.Page;

/** The audit log (who did what, when), newest first, a page at a time: the coordinator's (it names people of every school). */
@Controller
@PreAuthorize("hasRole('coordinator')")
class RegistryAuditController {

    static final int PAGE_SIZE = 50;

    private final RegistryService registry;
    private final RegistryDocuments documents;
    private final RegistryLabels labels;
    private final WebSettings settings;

    RegistryAuditController(RegistryService registry, RegistryDocuments documents, RegistryLabels labels, WebSettings settings) {
        this.registry = registry;
        this.documents = documents;
        this.labels = labels;
        this.settings = settings;
    }

    /** @param page counted from 1 on screen (the service counts from 0) */
    @GetMapping("/registry/audit")
    public String read(@RequestParam(required = false) String school,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, HttpServletResponse response, Model model) {
        String schoolCode = school == null || school.isBlank() ? null : school;
        int shown = page == null || page < 1 ? 1 : page;
        List<RegistryApi.School> schools = registry.schools();
        Map<String, String> names = registry.schoolNames(schools);
        model.addAttribute("schools", schools);
        model.addAttribute("school", schoolCode);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            Page<AuditEntry> entries = registry.audit(schoolCode, from, to, shown - 1, PAGE_SIZE);
            long pages = Math.max(1, (entries.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            model.addAttribute("total", entries.total());
            // a registered school's municipality by its name, like everywhere on screen
            Map<String, String> codes = new HashMap<>(settings.municipalities());
            codes.putAll(registry.catalogLabels());
            codes.putAll(registry.recognitionLabels());
            documents.kinds().forEach(k -> codes.put(k.kind(), k.label()));
            model.addAttribute("rows", AuditRows.of(entries.items(), names, codes, labels));
            model.addAttribute("page", shown);
            model.addAttribute("pages", pages);
        } catch (ServiceException e) {
            // a period that ends before it begins: said above the filter, the log stays empty
            model.addAttribute("problem", Rejections.problem(e));
            response.setStatus(e.problem().status());
        }
        return "registry/audit";
    }
}
