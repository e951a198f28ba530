package ru.mentoring.web.mentoring;

import ru.mentoring.web.gateway.ServiceProblem;

/**
 * The attributes a field gets when the registry named it: {@code aria-invalid} and
 * {@code aria-describedby} pointing at the reason that fragments/forms.html prints next to it.
 * Public for the templates.
 */
public final class Fields {

    private Fields() {
    }

    public static String invalid(ServiceProblem problem, String field) {
        return problem != null && problem.reasonFor(field) != null ? "true" : null;
    }

    public static String describedBy(ServiceProblem problem, String field) {
        return problem != null && problem.reasonFor(field) != null ? field + "-error" : null;
    }
}
