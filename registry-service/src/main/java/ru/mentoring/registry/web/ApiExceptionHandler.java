package ru.mentoring.registry.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import ru.mentoring.platform.web.PlatformExceptionHandler;
import ru.mentoring.registry.exchange.FileTooLargeException;
import ru.mentoring.registry.exchange.ImportRejectedException;
import ru.mentoring.registry.exchange.MalformedFileException;
import ru.mentoring.registry.school.KeycloakUnavailableException;

/** The service's one advice: problem details for every error (RFC 9457). */
@RestControllerAdvice
public class ApiExceptionHandler extends PlatformExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /**
     * A database constraint caught what the checks before it could not (two curators at the same
     * moment): nothing was stored, and the answer names no table or constraint.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    public ProblemDetail integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn("Constraint violation on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict",
                "Данные изменились одновременно с вашим запросом; ничего не сохранено. Обновите страницу и повторите.", request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ProblemDetail concurrentChange(OptimisticLockingFailureException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "Запись изменил другой пользователь; ничего не сохранено. Обновите страницу и повторите.", request);
    }

    /** A query parameter of the wrong type (an unknown status, a malformed id): name it. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Некорректные параметры запроса.");
        problem.setTitle("Bad Request");
        String field = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
        problem.setProperty("errors", List.of(Map.of("field", field, "reason", "Недопустимое значение: " + e.getValue())));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Every rejected row of an import: line in the file, column, reason. Nothing was stored. */
    @ExceptionHandler(ImportRejectedException.class)
    public ResponseEntity<ProblemDetail> importRejected(ImportRejectedException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable Content", e.getMessage(), request);
        problem.setProperty("rows", e.rows());
        problem.setProperty("errors", e.errors().stream()
                .map(r -> Map.<String, Object>of("row", r.row(), "field", r.field(), "reason", r.reason())).toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(MalformedFileException.class)
    public ProblemDetail malformedFile(MalformedFileException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad Request", e.getMessage(), request);
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "reason", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(FileTooLargeException.class)
    public ProblemDetail fileTooLarge(FileTooLargeException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", e.getMessage(), request);
        problem.setProperty("errors", List.of(Map.of("field", "file", "reason", e.getMessage())));
        return problem;
    }

    /** The container's own limit (spring.servlet.multipart), before the controller sees the file. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "Файл больше 10 МБ: разделите его на части");
        problem.setTitle("Content Too Large");
        problem.setProperty("errors", List.of(Map.of("field", "file", "reason", "Файл больше 10 МБ: разделите его на части")));
        return handleExceptionInternal(e, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    /** Keycloak down, refusing or switched off: nothing was stored, the answer says what to do. */
    @ExceptionHandler(KeycloakUnavailableException.class)
    public ProblemDetail keycloakUnavailable(KeycloakUnavailableException e, HttpServletRequest request) {
        log.warn("Keycloak unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", e.disabled()
                ? "Связь с Keycloak отключена в настройках реестра: учётные записи и организации не создаются."
                : "Keycloak сейчас недоступен: изменение не сохранено. Повторите попытку позже.", request);
    }
}
