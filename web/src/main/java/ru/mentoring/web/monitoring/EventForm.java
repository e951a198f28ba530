package ru.mentoring.web.monitoring;

import java.util.List;

import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.monitoring.MonitoringApi.NewEvent;

/**
 * The form adding an event to a plan, as typed (the month as text, so that a wrong value comes back
 * as it was typed with the service's reason next to it).
 */
record EventForm(String stage, String event, String form, String monthText, String dueMonth, String responsible,
        String expectedResult, String activity, String place) {

    static EventForm empty() {
        return new EventForm("", "", "", "", "", "", "", "", "");
    }

    /** The event as it is, for its edit form. */
    static EventForm of(MonitoringApi.EventView e) {
        return new EventForm(e.stage(), e.event(), e.form(), e.monthText(), e.dueMonth() == null ? "" : e.dueMonth().toString(),
                e.responsible(), e.expectedResult(), e.activity() == null ? "" : e.activity(), e.place());
    }

    /** The monitoring's body; a month that is no number 1..12 is refused here with the service's words. */
    NewEvent toRequest() {
        Integer month = null;
        if (dueMonth != null && !dueMonth.isBlank()) {
            try {
                month = Integer.valueOf(dueMonth.strip());
            } catch (NumberFormatException e) {
                month = 0;
            }
            if (month < 1 || month > 12) {
                throw new Refused(new ServiceProblem(400, null, "Проверьте поля запроса.",
                        List.of(new ServiceProblem.FieldProblem("dueMonth", null, "Месяц от 1 до 12"))));
            }
        }
        return new NewEvent(trim(stage), trim(event), trim(form), trim(monthText), month, trim(responsible), trim(expectedResult),
                trim(activity), trim(place));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A form the page refuses before sending it: shown like the service's refusal. */
    static final class Refused extends RuntimeException {

        private final transient ServiceProblem problem;

        Refused(ServiceProblem problem) {
            super(problem.message());
            this.problem = problem;
        }

        ServiceProblem problem() {
            return problem;
        }
    }
}
