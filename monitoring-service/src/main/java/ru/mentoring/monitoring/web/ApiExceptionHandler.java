package ru.mentoring.monitoring.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;

import ru.mentoring.platform.web.PlatformExceptionHandler;

/** The service's one advice: problem details for every error (RFC 9457). */
@RestControllerAdvice
public class ApiExceptionHandler extends PlatformExceptionHandler {
}
