package ru.mentoring.web.indexdata;

import ru.mentoring.web.gateway.ServiceProblem;

/** A year as typed into a form. */
final class Years {

    private Years() {
    }

    /** The year, or null when none or not a number (the service checks the range itself). */
    static Integer parse(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static ServiceProblem problem(String field) {
        return Forms.problem(field, "Укажите год числом, например 2025");
    }
}
