package ru.mentoring.monitoring.registry;

/** The registry did not answer: the caller should try again later (503), not fix their input. */
public class RegistryUnavailableException extends RuntimeException {

    RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
