/** Answers of the services: problem details (RFC 9457), not-found and domain-rule errors, the correlation id. */
package ru.mentoring.platform.web;
