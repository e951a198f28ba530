package ru.mentoring.gateway;

/**
 * A request path as the gateway writes it to its log and its own problem answers: a personal
 * link's token is a secret (whoever holds it may answer the questionnaire), so it is left out.
 */
final class LoggedPath {

    static final String PERSONAL_LINKS = "/api/monitoring/public/answers/";
    /** The questionnaire page the person opens (the web application's), with the same token. */
    static final String QUESTIONNAIRE_PAGES = "/q/";

    private LoggedPath() {
    }

    static String of(String path) {
        if (path.startsWith(PERSONAL_LINKS)) {
            return PERSONAL_LINKS + "***";
        }
        // /q/done is the thank-you page and holds nothing secret
        return path.startsWith(QUESTIONNAIRE_PAGES) && !path.equals("/q/done") ? QUESTIONNAIRE_PAGES + "***" : path;
    }
}
