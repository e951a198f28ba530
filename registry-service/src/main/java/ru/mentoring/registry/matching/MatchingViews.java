package ru.mentoring.registry.matching;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import ru.mentoring.registry.bank.BankViews.TopicView;
import ru.mentoring.registry.bank.DifficultyKind;

final class MatchingViews {

    private MatchingViews() {
    }

    /**
     * @param candidates how many mentors were ranked (the answer shows the first {@code limit})
     */
    public record Answer(RequestSummary request, ClassificationUse classification, int candidates, List<Suggested> suggestions) {
    }

    public record RequestSummary(UUID id, DifficultyKind difficultyKind, String difficultyKindLabel, String subject, String text,
            UUID menteeId, String menteeLastName, String menteeFirstName, String menteeSchoolCode) {
    }

    /**
     * Whether the schools' classification was used, for which year, and a sentence saying so;
     * {@code indexUnavailable} when it was missing because the index service did not answer.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClassificationUse(boolean used, Integer year, boolean indexUnavailable, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Suggested(int rank, int score, Mentor mentor, List<String> schoolStatuses, List<String> reasons) {
    }

    public record Mentor(UUID id, String schoolCode, String schoolShortName, String lastName, String firstName, String middleName,
            String subjects, Integer experienceYears, String qualificationCategory, boolean youngSpecialist, int activePairs,
            boolean consentInForce, List<TopicView> topics) {
    }
}
