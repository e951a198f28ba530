package ru.mentoring.web.gateway;

/** A service answered with an error other than 404; the page shows the problem's Russian text. */
public class ServiceException extends RuntimeException {

    private final transient ServiceProblem problem;

    public ServiceException(ServiceProblem problem) {
        super(problem.status() + " " + problem.message());
        this.problem = problem;
    }

    public ServiceProblem problem() {
        return problem;
    }
}
