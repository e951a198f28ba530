package ru.mentoring.web.own;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import ru.mentoring.web.mentoring.MentoringApi.Pair;

/** What the registry answers at {@code /api/registry/me} besides pairs, programmes and requests (read as in mentoring). */
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

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(UUID id, UUID pairId, String stage, String stageLabel, String text, String writtenBy, OffsetDateTime writtenAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Proposal(UUID id, UUID pairId, String text, String proposedBy, OffsetDateTime proposedAt) {
    }
}
