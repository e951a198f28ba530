package ru.mentoring.web.registry;

import java.util.List;

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

import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;

/**
 * The banks of mentors, mentees and pairs as XLSX/CSV files: an import is all or nothing (the
 * rejected rows are listed and nothing is stored), an export is the registry's file handed on.
 */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin')")
class RegistryExchangeController {

    private static final List<String> FORMATS = List.of("xlsx", "csv");

    private final RegistryService registry;

    RegistryExchangeController(RegistryService registry) {
        this.registry = registry;
    }

    @GetMapping("/registry/exchange")
    public String page(Model model) {
        return page(model, null, null, null);
    }

    @PostMapping("/registry/exchange/{bank}")
    public String importFile(@PathVariable String bank, @RequestParam(required = false) MultipartFile file,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        bank(bank);
        if (file == null || file.isEmpty()) {
            ServiceProblem problem = new ServiceProblem(400, null, "Выберите файл XLSX или CSV.", List.of());
            Rejections.status(request, response, problem);
            return page(model, bank, null, problem);
        }
        try {
            return page(model, bank, registry.importFile(bank, file), null);
        } catch (ServiceException e) {
            ServiceProblem problem = Rejections.problem(e);
            Rejections.status(request, response, problem);
            return page(model, bank, null, problem);
        }
    }

    @GetMapping("/registry/exchange/export")
    public ResponseEntity<byte[]> export(@RequestParam(required = false) String bank, @RequestParam(required = false) String format,
            @RequestParam(required = false) String school) {
        bank(bank);
        String f = FORMATS.contains(format) ? format : "xlsx";
        return registry.export(bank, f, school == null || school.isBlank() ? null : school);
    }

    private String page(Model model, String bank, RegistryApi.ImportReport report, ServiceProblem problem) {
        model.addAttribute("schools", registry.schools());
        model.addAttribute("banks", RegistryService.BANKS);
        model.addAttribute("bank", bank);
        model.addAttribute("report", report);
        model.addAttribute("problem", problem);
        return "registry/exchange";
    }

    private static void bank(String bank) {
        if (!RegistryService.BANKS.contains(bank)) {
            throw new NotFoundException("/registry/exchange/" + bank);
        }
    }
}
