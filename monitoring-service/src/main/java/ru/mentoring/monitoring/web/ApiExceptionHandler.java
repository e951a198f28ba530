package ru.mentoring.monitoring.web;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import ru.mentoring.monitoring.registry.RegistryUnavailableException;
import ru.mentoring.platform.web.PlatformExceptionHandler;

/** The service's one advice: problem details for every error (RFC 9457). */
@RestControllerAdvice
public class ApiExceptionHandler extends PlatformExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(RegistryUnavailableException.class)
    public ProblemDetail registryUnavailable(RegistryUnavailableException e, HttpServletRequest request) {
        log.warn("Registry unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable",
                "Реестр школ сейчас недоступен. Повторите попытку позже.", request);
    }
}
