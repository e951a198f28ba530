package ru.mentoring.web.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.registry.DocumentsApi.Document;
import ru.mentoring.web.shell.Formats;

/**
 * A school's documents of the target model (the order, the Положение, the roadmap, others): upload, list, download,
 * delete; and the coordinator's table of which schools lack which. The registry checks the file's content and decides
 * who reaches what; another school's document is the "not found" page.
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin')")
class RegistryDocumentsController {

    private final RegistryService registry;
    private final RegistryDocuments documents;
    private final Formats formats;

    RegistryDocumentsController(RegistryService registry, RegistryDocuments documents, Formats formats) {
        this.registry = registry;
        this.documents = documents;
        this.formats = formats;
    }

    /** A document as a row: its size and day as a person reads them. */
    record Row(Document document, String size, String uploadedOn) {
    }

    @GetMapping("/registry/documents")
    public String page(@RequestParam(required = false) String school, Model model) {
        return page(model, school, null, null);
    }

    @PostMapping("/registry/documents")
    public String upload(@RequestParam(required = false) String school, @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        ServiceProblem problem;
        if (file == null || file.isEmpty()) {
            problem = new ServiceProblem(400, null, "Выберите файл: PDF, DOCX, XLSX, PNG или JPEG.",
                    List.of(new ServiceProblem.FieldProblem("file", null, "Выберите файл")));
        } else {
            try {
                Document stored = documents.upload(school, kind, file);
                redirect.addFlashAttribute("done", "Документ «" + stored.fileName() + "» загружен.");
                return "redirect:" + pageUrl(stored.schoolCode());
            } catch (ServiceException e) {
                problem = Rejections.problem(e);
            }
        }
        Rejections.status(request, response, problem);
        return page(model, school, kind, problem);
    }

    @GetMapping("/registry/documents/{id}/file")
    public ResponseEntity<byte[]> download(@PathVariable UUID id) {
        return documents.download(id);
    }

    @PostMapping("/registry/documents/{id}/delete")
    public String delete(@PathVariable UUID id, @RequestParam(required = false) String school, RedirectAttributes redirect) {
        documents.delete(id);
        redirect.addFlashAttribute("done", "Документ удалён.");
        return "redirect:" + pageUrl(school);
    }

    @GetMapping("/registry/documents/missing")
    @PreAuthorize("hasRole('coordinator')")
    public String missing(Model model) {
        model.addAttribute("table", documents.missing());
        return "registry/documents-missing";
    }

    private String page(Model model, String school, String kind, ServiceProblem problem) {
        List<RegistryApi.School> schools = registry.schools();
        // an administrator has one school; a coordinator chooses
        String selected = school != null && !school.isBlank() ? school : schools.size() == 1 ? schools.getFirst().code() : null;
        model.addAttribute("schools", schools);
        model.addAttribute("school", selected);
        model.addAttribute("kinds", documents.kinds().stream().filter(k -> !"MENTOR_AGREEMENT".equals(k.kind())).toList());
        model.addAttribute("kind", kind);
        model.addAttribute("problem", problem);
        if (selected != null) {
            // another school's code: the registry answers "not found", and so does the page
            model.addAttribute("schoolName", schools.stream().filter(s -> s.code().equals(selected))
                    .map(RegistryApi.School::shortName).findFirst().orElse(selected));
            model.addAttribute("rows", documents.ofSchool(selected).stream()
                    .map(d -> new Row(d, size(d.sizeBytes()), formats.date(d.uploadedAt()))).toList());
        }
        return "registry/documents";
    }

    /** 12,3 КБ; 1,5 МБ. */
    String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " Б";
        }
        if (bytes < 1024 * 1024) {
            return formats.number(bytes / 1024.0, 1) + " КБ";
        }
        return formats.number(bytes / (1024.0 * 1024.0), 1) + " МБ";
    }

    private static String pageUrl(String school) {
        return UriComponentsBuilder.fromPath("/registry/documents")
                .queryParamIfPresent("school", Optional.ofNullable(school).filter(s -> !s.isBlank()))
                .encode().build().toUriString();
    }
}
