package ru.mentoring.registry.web;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import ru.mentoring.platform.web.PlatformExceptionHandler;
import ru.mentoring.registry.school.KeycloakUnavailableException;

/** The service's one advice: problem details for every error (RFC 9457). */
@RestControllerAdvice
class ApiExceptionHandler extends PlatformExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /**
     * A database constraint caught what the checks before it could not (two curators at the same
     * moment): nothing was stored, and the answer names no table or constraint.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn("Constraint violation on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict",
                "Данные изменились одновременно с вашим запросом; ничего не сохранено. Обновите страницу и повторите.", request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "Запись изменил другой пользователь; ничего не сохранено. Обновите страницу и повторите.", request);
    }

    /** Keycloak down, refusing or switched off: nothing was stored, the answer says what to do. */
    @ExceptionHandler(KeycloakUnavailableException.class)
    ProblemDetail keycloakUnavailable(KeycloakUnavailableException e, HttpServletRequest request) {
        log.warn("Keycloak unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", e.disabled()
                ? "Связь с Keycloak отключена в настройках реестра: учётные записи и организации не создаются."
                : "Keycloak сейчас недоступен: изменение не сохранено. Повторите попытку позже.", request);
    }
}
