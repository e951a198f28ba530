package ru.mentoring.web.shell;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page is the role's first section. */
@Controller
public class HomeController {

    @GetMapping("/")
    public String home(Authentication authentication) {
        Role role = Role.primary(authentication.getAuthorities()).orElse(null);
        if (role == null) {
            return "no-role";
        }
        return switch (role) {
            case SCHOOL_ADMIN -> "redirect:/my-school";
            case COORDINATOR -> "redirect:/schools";
            case DEPARTMENT_VIEWER -> "redirect:/dashboard";
            case REGION_ANALYST -> "redirect:/index-data";
            case MENTOR, MENTEE -> "redirect:/me";
        };
    }
}
