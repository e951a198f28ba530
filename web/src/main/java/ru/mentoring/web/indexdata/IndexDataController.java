package ru.mentoring.web.indexdata;

import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.indexdata.IndexDataApi.RunSummary;

/**
 * The section's pages. Who may write is the service's rule (the region analyst; a coordinator only
 * where municipalities own their data): the forms are offered to both, and the service's refusal
 * is shown in its own words.
 */
@Controller
@RequestMapping("/index-data")
@PreAuthorize("hasAnyRole('region-analyst','coordinator','department-viewer')")
class IndexDataController {

    private final IndexDataService index;
    private final OfficialListComparison official;

    IndexDataController(IndexDataService index, OfficialListComparison official) {
        this.index = index;
        this.official = official;
    }

    @GetMapping
    public String landing(@RequestParam(required = false) String year, Model model) {
        Integer asked = Years.parse(year);
        List<IndexDataService.YearLine> years = index.years(asked == null ? index.thisYear() : asked);
        int selected = asked != null ? asked : years.isEmpty() ? index.thisYear() : years.get(0).year();
        model.addAttribute("years", years);
        model.addAttribute("year", selected);
        model.addAttribute("dataSets", index.dataSets(selected));
        RunSummary run = index.latestRun(selected).orElse(null);
        model.addAttribute("run", run);
        model.addAttribute("statusCounts", run == null ? List.of() : index.statusCounts(selected));
        model.addAttribute("runs", run == null ? List.of() : index.runs(selected));
        model.addAttribute("comparison", official.of(selected).orElse(null));
        return "indexdata/index";
    }

    @GetMapping("/upload")
    public String uploadForm(@RequestParam(required = false) String year, @RequestParam(required = false) String kind, Model model) {
        Integer y = Years.parse(year);
        return uploadPage(model, y == null ? index.thisYear() - 1 : y, kind(kind), false, null);
    }

    @PostMapping("/upload")
    public String upload(@RequestParam(required = false) String year, @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean replace,
            Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        Integer y = Years.parse(year);
        ServiceProblem local = y == null ? Years.problem("year") : missingFile(file);
        if (local != null) {
            return Forms.failed(request, response, local, uploadPage(model, y, kind(kind), replace, local));
        }
        try {
            redirect.addFlashAttribute("report", index.upload(y, kind(kind), file, replace));
        } catch (ServiceException e) {
            return Forms.failed(request, response, e.problem(), uploadPage(model, y, kind(kind), replace, e.problem()));
        }
        return "redirect:/index-data?year=" + y;
    }

    private String uploadPage(Model model, Integer year, String kind, boolean replace, ServiceProblem problem) {
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("replace", replace);
        model.addAttribute("problem", problem);
        // the service refused a file that leaves out more than a tenth of the schools: offer to confirm
        model.addAttribute("confirmReplace", replace || problem != null && problem.status() == 409
                && problem.reasonFor("replace") != null);
        return "indexdata/upload";
    }

    /** Undo: an earlier data set becomes the year's current one of its kind again. */
    @PostMapping("/data-sets/current")
    public String makeCurrent(@RequestParam int year, @RequestParam UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("madeCurrent", index.makeCurrent(year, id));
        return "redirect:/index-data?year=" + year;
    }

    @GetMapping("/run")
    public String runForm(@RequestParam(required = false) String year, Model model) {
        Integer y = Years.parse(year);
        return runPage(model, y == null ? index.thisYear() - 1 : y, null, null);
    }

    @PostMapping("/run")
    public String run(@RequestParam(required = false) String year, @RequestParam(required = false) String methodology,
            Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        Integer y = Years.parse(year);
        ServiceProblem local = y == null ? Years.problem("year")
                : methodology == null || methodology.isBlank() ? Forms.problem("methodology", "Выберите версию методики") : null;
        if (local != null) {
            return Forms.failed(request, response, local, runPage(model, y, methodology, local));
        }
        try {
            redirect.addFlashAttribute("runDone", index.classify(y, methodology.strip()));
        } catch (ServiceException e) {
            return Forms.failed(request, response, e.problem(), runPage(model, y, methodology, e.problem()));
        }
        return "redirect:/index-data?year=" + y;
    }

    private String runPage(Model model, Integer year, String methodology, ServiceProblem problem) {
        model.addAttribute("year", year);
        model.addAttribute("methodology", methodology);
        model.addAttribute("methodologies", index.methodologies());
        model.addAttribute("problem", problem);
        return "indexdata/run";
    }

    /** A stored run computed again from its own inputs and compared with what it stored. */
    @PostMapping("/runs/recomputation")
    public String recompute(@RequestParam int year, @RequestParam UUID runId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("recomputation", index.recompute(year, runId));
        return "redirect:/index-data?year=" + year;
    }

    /** The latest run's results as the service's workbook, rows within the person's reach. */
    @GetMapping("/{year}/classification.xlsx")
    public ResponseEntity<byte[]> spreadsheet(@PathVariable int year) {
        return index.spreadsheet(year);
    }

    @GetMapping("/official")
    public String officialForm(@RequestParam(required = false) String year, Model model) {
        Integer y = Years.parse(year);
        return officialPage(model, y == null ? index.thisYear() - 1 : y, null);
    }

    @PostMapping("/official")
    public String uploadOfficial(@RequestParam(required = false) String year, @RequestParam(required = false) MultipartFile file,
            Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        Integer y = Years.parse(year);
        ServiceProblem local = y == null ? Years.problem("year") : missingFile(file);
        if (local != null) {
            return Forms.failed(request, response, local, officialPage(model, y, local));
        }
        try {
            redirect.addFlashAttribute("officialLoaded", index.uploadOfficialList(y, file));
        } catch (ServiceException e) {
            return Forms.failed(request, response, e.problem(), officialPage(model, y, e.problem()));
        }
        return "redirect:/index-data?year=" + y;
    }

    private String officialPage(Model model, Integer year, ServiceProblem problem) {
        model.addAttribute("year", year);
        model.addAttribute("problem", problem);
        return "indexdata/official";
    }

    private static ServiceProblem missingFile(MultipartFile file) {
        return file == null || file.isEmpty() ? Forms.problem("file", "Выберите файл CSV или XLSX") : null;
    }

    private static String kind(String kind) {
        return "CONTEXT".equals(kind) ? "CONTEXT" : "INDICATOR";
    }
}
