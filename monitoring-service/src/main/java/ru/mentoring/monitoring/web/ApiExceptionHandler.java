package ru.mentoring.monitoring.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import ru.mentoring.monitoring.registry.RegistryUnavailableException;
import ru.mentoring.platform.web.PlatformExceptionHandler;

/** The service's one advice: problem details for every error (RFC 9457). */
@RestControllerAdvice
class ApiExceptionHandler extends PlatformExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String PERSONAL_LINKS = "/api/monitoring/public/answers/";

    /** A personal link's token is a secret: problems name the link's path without it. */
    @Override
    protected String instance(String requestUri) {
        return requestUri.startsWith(PERSONAL_LINKS) ? PERSONAL_LINKS + "***" : requestUri;
    }

    @ExceptionHandler(RegistryUnavailableException.class)
    ProblemDetail registryUnavailable(RegistryUnavailableException e, HttpServletRequest request) {
        log.warn("Registry unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable",
                "Реестр школ сейчас недоступен. Повторите попытку позже.", request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Не указан параметр запроса " + e.getParameterName() + ".");
        problem.setTitle("Bad Request");
        problem.setProperty("errors", List.of(Map.of("field", e.getParameterName(), "reason", "Обязательный параметр")));
        return handleExceptionInternal(e, problem, headers, status, request);
    }
}
