package ru.mentoring.web.dashboard;

import java.time.Year;
import java.time.ZoneId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.mentoring.web.WebSettings;

/** {@code /dashboard}: the municipality's overview, for the education department and the coordinator. */
@Controller
@PreAuthorize("hasAnyRole('coordinator','department-viewer')")
class OverviewController {

    private final OverviewService overview;
    private final WebSettings settings;

    OverviewController(OverviewService overview, WebSettings settings) {
        this.overview = overview;
        this.settings = settings;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) Integer year, Authentication authentication, Model model) {
        String municipality = authentication.getPrincipal() instanceof OidcUser user ? user.getClaimAsString("municipality") : null;
        int shown = year != null && year >= 2000 && year <= 2100 ? year : overview.latestYear(Year.now(ZoneId.of("Europe/Moscow")).getValue());
        model.addAttribute("overview", overview.overview(shown, municipality, true));
        model.addAttribute("municipality", settings.municipalityName(municipality));
        return "dashboard/overview";
    }
}
