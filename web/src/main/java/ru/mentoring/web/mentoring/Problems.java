package ru.mentoring.web.mentoring;

import jakarta.servlet.http.HttpServletResponse;

import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;

/** Which of a service's refusals a form shows next to its fields (the rest go to the error page). */
final class Problems {

    private Problems() {
    }

    /**
     * The problem to show on the form again, with the service's status on the page; a refusal that is
     * not about what was typed (5xx) is thrown on.
     */
    static ServiceProblem onForm(ServiceException e, HttpServletResponse response) {
        int status = e.problem().status();
        // 403 here is the registry's rule with its sentence (a cross-school pair is the coordinator's)
        if (status == 400 || status == 403 || status == 409 || status == 422) {
            response.setStatus(status);
            return e.problem();
        }
        throw e;
    }
}
