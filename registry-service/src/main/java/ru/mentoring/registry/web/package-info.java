/** The registry's HTTP answers to what went wrong, beyond platform's problem details: its own domain exceptions as RFC 9457 problems. */
package ru.mentoring.registry.web;
