package ru.mentoring.web.own;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import ru.mentoring.web.mentoring.MentoringApi.Pair;

/**
 * What the registry answers at {@code /api/registry/me} besides pairs, programmes, requests, reports and proposals
 * (read as in mentoring).
 */
public final class OwnApi {

    private OwnApi() {
    }

    /** One of the person's own pairs and their place in it ({@code MENTOR}, {@code MENTEE}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OwnPair(String yourRole, String yourRoleLabel, Pair pair) {

        public boolean mentor() {
            return "MENTOR".equals(yourRole);
        }
    }
}
