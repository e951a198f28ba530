package ru.mentoring.web.registry;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;

/** A refused form shown again: which problem, and with which status. */
final class Rejections {

    private Rejections() {
    }

    /**
     * The problem to show next to the form; a 403 goes on to the shell's "not for your role" page
     * (the form should not have been offered), anything else is the form's to show.
     */
    static ServiceProblem problem(RuntimeException e) {
        if (e instanceof Forms.Unsendable u) {
            return u.problem();
        }
        ServiceException s = (ServiceException) e;
        if (s.problem().status() == 403) {
            throw s;
        }
        return s.problem();
    }

    /**
     * The page says the request was refused with the service's status; htmx swaps only a 2xx
     * answer, so its partial requests get 200 with the same page.
     */
    static void status(HttpServletRequest request, HttpServletResponse response, ServiceProblem problem) {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        response.setStatus(htmx ? 200 : problem.status() >= 400 ? problem.status() : 422);
    }
}
