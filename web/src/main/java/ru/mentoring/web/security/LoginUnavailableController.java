package ru.mentoring.web.security;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page a person sees instead of Keycloak's login while Keycloak does not answer. */
@Controller
class LoginUnavailableController {

    static final String PATH = "/login-unavailable";

    @GetMapping(PATH)
    String loginUnavailable(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "60");
        return "login-unavailable";
    }
}
