package ru.mentoring.web.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Year;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.mentoring.web.WebSettings;
import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.shell.DistrictTime;

/** {@code /dashboard}: the municipality's overview, for the education department and the coordinator. */
@Controller
@PreAuthorize("hasAnyRole('coordinator','department-viewer')")
class OverviewController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OverviewService overview;
    private final WebSettings settings;

    OverviewController(OverviewService overview, WebSettings settings) {
        this.overview = overview;
        this.settings = settings;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) Integer year, Authentication authentication, Model model) {
        String municipality = authentication.getPrincipal() instanceof OidcUser user ? user.getClaimAsString("municipality") : null;
        int shown = year != null && year >= 2000 && year <= 2100 ? year : overview.latestYear(Year.now(DistrictTime.ZONE).getValue());
        model.addAttribute("overview", overview.overview(shown, municipality, true));
        model.addAttribute("municipality", settings.municipalityName(municipality));
        return "dashboard/overview";
    }

    /** One figure's table as XLSX: what the page shows under the chart, for the same year and reader. */
    @GetMapping("/dashboard/figures/{figure}.xlsx")
    ResponseEntity<byte[]> figure(@PathVariable String figure, @RequestParam(required = false) Integer year,
            Authentication authentication) {
        String municipality = municipality(authentication);
        int shown = year != null && year >= 2000 && year <= 2100 ? year : overview.latestYear(Year.now(DistrictTime.ZONE).getValue());
        Figure table = OverviewTables.all(overview.overview(shown, municipality, false)).stream()
                .filter(f -> f.key().equals(figure)).findFirst()
                .orElseThrow(() -> new NotFoundException("/dashboard/figures/" + figure));
        byte[] book = FigureWorkbook.of(table, settings.municipalityName(municipality));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(figure + "-" + shown + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(book);
    }

    private static String municipality(Authentication authentication) {
        return authentication.getPrincipal() instanceof OidcUser user ? user.getClaimAsString("municipality") : null;
    }
}
