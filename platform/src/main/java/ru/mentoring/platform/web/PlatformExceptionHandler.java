package ru.mentoring.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.DatabindException;

import ru.mentoring.platform.db.DatabaseOutage;
import ru.mentoring.platform.upload.RowsRejectedException;
import ru.mentoring.platform.upload.UploadTooLargeException;

/**
 * The common part of each service's one {@code @RestControllerAdvice}: RFC 9457 problem details
 * with the field and the reason, in Russian where a person reads them. A service's advice extends
 * this class and adds its own exceptions.
 */
public abstract class PlatformExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PlatformExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    public ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Not Found",
                "Запрошенный ресурс не найден: " + e.resource() + " " + e.id(), request);
        return problem;
    }

    @ExceptionHandler(DomainRuleException.class)
    public ResponseEntity<ProblemDetail> domainRule(DomainRuleException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        ProblemDetail problem = problem(status, status.getReasonPhrase(), e.getMessage(), request);
        problem.setProperty("errors", e.violations().stream()
                .map(v -> Map.of("field", v.field(), "reason", v.reason())).toList());
        return ResponseEntity.status(status).body(problem);
    }

    /**
     * An upload with bad rows (the reader's bounds or the service's rules): nothing was stored; each
     * row with its number, column and reason, the same in every service.
     */
    @ExceptionHandler(RowsRejectedException.class)
    public ResponseEntity<ProblemDetail> rowsRejected(RowsRejectedException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable Content", e.getMessage(), request);
        problem.setProperty("rowsRead", e.rowsRead());
        problem.setProperty("rejectedRows", e.rejectedRows());
        problem.setProperty("errors", e.errors().stream()
                .map(r -> Map.<String, Object>of("row", r.row(), "field", r.field(), "reason", r.reason()))
                .toList());
        if (e.truncated()) {
            problem.setProperty("errorsTruncated", true);
        }
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ProblemDetail accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Недостаточно прав для этого действия.", request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ProblemDetail constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad Request", "Некорректные параметры запроса.", request);
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "reason", v.getMessage()))
                .toList());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = e.getBody();
        problem.setTitle("Bad Request");
        problem.setDetail("Проверьте поля запроса.");
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "reason", String.valueOf(f.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Тело запроса не прочитано: неверный JSON или тип поля.");
        problem.setTitle("Bad Request");
        if (e.getCause() instanceof DatabindException bind && !bind.getPath().isEmpty()) {
            String field = bind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            problem.setProperty("errors", List.of(Map.of("field", field, "reason", "Неверное значение или тип поля")));
        }
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /** A query or path parameter of the wrong type (an unknown status, a malformed id, a word for a number): name it. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Неверное значение параметра " + field + ".");
        problem.setTitle("Bad Request");
        String reason = "Неверное значение: «" + e.getValue() + "»";
        if (e.getRequiredType() != null && e.getRequiredType().isEnum()) {
            reason += "; допустимы: " + Arrays.stream(e.getRequiredType().getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", "));
        }
        problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** The container's own limit (spring.servlet.multipart), before a controller sees the file: 413 like the reader's. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // the container reports no limit (-1) when the request is over max-request-size: name the upload limit instead
        long limit = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() : configuredUploadLimit(request);
        String reason = UploadTooLargeException.bytesReason(limit);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, reason);
        problem.setTitle("Content Too Large");
        problem.setProperty("errors", List.of(Map.of("field", "file", "reason", reason)));
        return handleExceptionInternal(e, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    private static long configuredUploadLimit(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            var context = WebApplicationContextUtils
                    .getWebApplicationContext(servlet.getRequest().getServletContext());
            if (context != null) {
                DataSize size = context.getEnvironment()
                        .getProperty("platform.upload.max-size", DataSize.class);
                if (size != null) {
                    return size.toBytes();
                }
            }
        }
        return -1;
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (keycloakUnreachable(e)) {
            // the service's own token (client credentials) for a call it makes could not be had from Keycloak
            log.warn("Keycloak unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable",
                            "Сервер авторизации (Keycloak) временно недоступен, запрос не выполнен. Повторите попытку через"
                                    + " несколько минут.", request));
        }
        if (DatabaseOutage.causedBy(e)) {
            // the database is stopped or restarting: the request was not carried out, and may be sent again
            log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable",
                            "База данных временно недоступна, запрос не выполнен. Повторите попытку через несколько секунд.",
                            request));
        }
        // the details stay in the log (with the correlation id); the answer names no internals
        log.error("Unhandled error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal Server Error", "Внутренняя ошибка. Сообщите администратору идентификатор запроса.", request));
    }

    /** An OAuth2 token the service asked Keycloak for, refused on the way (Keycloak down or unreachable). */
    static boolean keycloakUnreachable(Throwable failure) {
        boolean oauth2 = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            oauth2 |= t instanceof OAuth2AuthorizationException;
            if (oauth2 && t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    protected ProblemDetail problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(instance(request.getRequestURI())));
        Object correlationId = request.getAttribute(CorrelationId.MDC_KEY);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        return problem;
    }

    /**
     * The problem's {@code instance} for a request path. A service whose paths carry a secret (a
     * personal link's token) overrides this so that the secret is not echoed back or logged.
     */
    protected String instance(String requestUri) {
        return requestUri;
    }

    /** Framework errors (validation, unreadable body, 405, ...) get the same {@code instance} as ours. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Object problem = body != null ? body : e instanceof ErrorResponse error ? error.getBody() : null;
        if (problem instanceof ProblemDetail detail && detail.getInstance() == null
                && request instanceof ServletWebRequest servlet) {
            detail.setInstance(URI.create(instance(servlet.getRequest().getRequestURI())));
        }
        return super.handleExceptionInternal(e, problem != null ? problem : body, headers, status, request);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
