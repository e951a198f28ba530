package ru.mentoring.web.shell;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import ru.mentoring.web.WebSettings;
import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.gateway.ServiceException;

/** The layout's model on every page, and the pages for a service's 404 and its other errors. */
@ControllerAdvice
public class ShellAdvice {

    private static final Logger log = LoggerFactory.getLogger(ShellAdvice.class);

    private final WebSettings settings;

    public ShellAdvice(WebSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("shell")
    public Shell shell(HttpServletRequest request) {
        return of(SecurityContextHolder.getContext().getAuthentication(), request.getRequestURI(), settings);
    }

    static Shell of(Authentication authentication, String path, WebSettings settings) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return null;
        }
        Role role = Role.primary(authentication.getAuthorities()).orElse(null);
        String name = authentication.getName();
        String municipality = null;
        if (authentication.getPrincipal() instanceof OidcUser user) {
            String full = ((user.getGivenName() == null ? "" : user.getGivenName()) + " "
                    + (user.getFamilyName() == null ? "" : user.getFamilyName())).strip();
            name = full.isEmpty() ? user.getPreferredUsername() : full;
            municipality = settings.municipalityName(user.getClaimAsString("municipality"));
        }
        return new Shell(name, role == null ? "Нет роли на платформе" : role.russian(), municipality, role,
                role == null ? List.of() : Navigation.of(role, path));
    }

    /** A service's 404 and a page of this application that does not exist: the same words. */
    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    public String notFound(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        // an exception handler's model is a new one: the layout's part is added here
        model.addAttribute("shell", shell(request));
        response.setStatus(404);
        return "not-found";
    }

    @ExceptionHandler(ServiceException.class)
    public String serviceError(ServiceException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("shell", shell(request));
        int status = e.problem().status();
        // 403 from a service: the menu offered something the role may not do; say so, keep the status
        response.setStatus(status == 403 || status == 400 || status == 409 || status == 422 ? status : 502);
        model.addAttribute("message", status == 403 ? "Это действие недоступно для вашей роли." : e.problem().message());
        log.warn("service answered {}", e.getMessage());
        return "error-page";
    }

    @ExceptionHandler(ResourceAccessException.class)
    public String unreachable(ResourceAccessException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("shell", shell(request));
        response.setStatus(503);
        model.addAttribute("message", "Сервис временно недоступен. Повторите попытку через несколько минут.");
        log.warn("gateway unreachable: {}", e.getMessage());
        return "error-page";
    }
}
