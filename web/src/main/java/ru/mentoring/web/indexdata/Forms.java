package ru.mentoring.web.indexdata;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.mentoring.web.gateway.ServiceProblem;

/** A form shown again with what went wrong. */
final class Forms {

    private Forms() {
    }

    /** A problem found before asking the service (a missing field), in the service's shape. */
    static ServiceProblem problem(String field, String reason) {
        return new ServiceProblem(422, null, reason, List.of(new ServiceProblem.FieldProblem(field, null, reason)));
    }

    /**
     * The form page again with the problem's status; for htmx, 200, because htmx swaps only
     * successful answers and the person must see the form with the reasons.
     */
    static String failed(HttpServletRequest request, HttpServletResponse response, ServiceProblem problem, String view) {
        int status = problem.status() >= 400 && problem.status() < 500 ? problem.status() : 422;
        if (request.getHeader("HX-Request") != null) {
            response.setStatus(200);
            // the address stays the form's page with its year, not the post's bare path
            response.setHeader("HX-Push-Url", "false");
        } else {
            response.setStatus(status);
        }
        return view;
    }
}
