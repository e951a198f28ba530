package ru.mentoring.index.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import ru.mentoring.index.methodology.ComputationException;
import ru.mentoring.index.methodology.MethodologyException;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.PlatformExceptionHandler;

/** The service's one advice: problem details for every error (RFC 9457). */
@RestControllerAdvice
class ApiExceptionHandler extends PlatformExceptionHandler {

    /** The data do not allow the computation (too few schools for quartiles, a year without data, ...). */
    @ExceptionHandler(ComputationException.class)
    ResponseEntity<ProblemDetail> computation(ComputationException e, HttpServletRequest request) {
        return domainRule(new DomainRuleException(422, e.reason(),
                List.of(new DomainRuleException.Violation(e.year() != null ? "year" : "data", e.reason()))), request);
    }

    /** A stored methodology the computation refuses (kept for versions stored before a rule was added). */
    @ExceptionHandler(MethodologyException.class)
    ResponseEntity<ProblemDetail> methodology(MethodologyException e, HttpServletRequest request) {
        return domainRule(DomainRuleException.unprocessable("methodology." + e.field(), e.reason()), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = e.getBody();
        problem.setTitle("Unsupported Media Type");
        problem.setDetail("Тип содержимого " + e.getContentType() + " не поддерживается; ожидается "
                + e.getSupportedMediaTypes());
        return handleExceptionInternal(e, problem, headers, status, request);
    }
}
