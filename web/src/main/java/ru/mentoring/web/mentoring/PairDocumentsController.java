package ru.mentoring.web.mentoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;

/**
 * A pair's additional agreement to the mentor's employment contract (seed 001, 1.6.4), with whether it sets extra pay:
 * uploaded by the mentor's school or the coordinator, listed with download links (the registry's documents page
 * downloads and deletes it). The registry decides who reaches the pair and its agreement.
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin')")
class PairDocumentsController {

    private static final ParameterizedTypeReference<List<Agreement>> AGREEMENTS = new ParameterizedTypeReference<>() {
    };

    /** An agreement as the registry lists it. */
    record Agreement(UUID id, String schoolCode, String schoolShortName, String fileName, Boolean extraPay, long sizeBytes,
            String uploadedBy, OffsetDateTime uploadedAt) {
    }

    private final MentoringService mentoring;
    private final GatewayClient gateway;

    PairDocumentsController(MentoringService mentoring, GatewayClient gateway) {
        this.mentoring = mentoring;
        this.gateway = gateway;
    }

    @GetMapping("/mentoring/pairs/{id}/documents")
    public String page(@PathVariable UUID id, Model model) {
        return page(id, model, null, null);
    }

    @PostMapping("/mentoring/pairs/{id}/documents")
    public String upload(@PathVariable UUID id, @RequestParam(required = false) Boolean extraPay,
            @RequestParam(required = false) MultipartFile file, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        ServiceProblem problem;
        if (file == null || file.isEmpty()) {
            problem = new ServiceProblem(400, null, "Выберите файл: PDF, DOCX, XLSX, PNG или JPEG.",
                    List.of(new ServiceProblem.FieldProblem("file", null, "Выберите файл")));
        } else {
            try {
                Agreement stored = gateway.postMultipart(Agreement.class, file, "file",
                        extraPay == null ? "/api/registry/pairs/{id}/documents" : "/api/registry/pairs/{id}/documents?extraPay={extraPay}",
                        extraPay == null ? new Object[] {id} : new Object[] {id, extraPay});
                redirect.addFlashAttribute("done", "Дополнительное соглашение «" + stored.fileName() + "» загружено.");
                return "redirect:/mentoring/pairs/" + id + "/documents";
            } catch (ServiceException e) {
                if (e.problem().status() == 403 && e.problem().reasonFor("pair") == null) {
                    throw e;
                }
                problem = e.problem();
            }
        }
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        response.setStatus(htmx ? 200 : problem.status() >= 400 ? problem.status() : 422);
        return page(id, model, extraPay, problem);
    }

    private String page(UUID id, Model model, Boolean extraPay, ServiceProblem problem) {
        model.addAttribute("pair", mentoring.pair(id));
        model.addAttribute("agreements", gateway.get(AGREEMENTS, "/api/registry/pairs/{id}/documents", id));
        model.addAttribute("extraPay", extraPay);
        model.addAttribute("problem", problem);
        return "mentoring/pair-documents";
    }
}
