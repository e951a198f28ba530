package ru.mentoring.web.registry;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The section's first page: its parts, as far as the role has them. */
@Controller
@PreAuthorize("hasAnyRole('coordinator','school-admin')")
class RegistryHomeController {

    @GetMapping("/registry")
    public String home() {
        return "registry/index";
    }
}
