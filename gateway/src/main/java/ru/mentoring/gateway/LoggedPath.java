package ru.mentoring.gateway;

/**
 * A request path as the gateway writes it to its log and its own problem answers: a personal
 * link's token is a secret (whoever holds it may answer the questionnaire), so it is left out.
 */
final class LoggedPath {

    static final String PERSONAL_LINKS = "/api/monitoring/public/answers/";

    private LoggedPath() {
    }

    static String of(String path) {
        return path.startsWith(PERSONAL_LINKS) ? PERSONAL_LINKS + "***" : path;
    }
}
