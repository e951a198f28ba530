package ru.mentoring.monitoring.stage1;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Stage 1 of monitoring: the curator's questionnaire and the SWOT analysis, as the API reads and writes them. */
public final class Stage1Views {

    public static final int MAX_ENTRIES = 30;
    public static final int MAX_ENTRY_LENGTH = 500;

    private Stage1Views() {
    }

    /** SWOT quadrants with their Russian names. */
    public enum Quadrant {
        STRENGTHS("Сильные стороны"), WEAKNESSES("Слабые стороны"), OPPORTUNITIES("Возможности"), THREATS("Угрозы");

        private final String title;

        Quadrant(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public record CuratorItem(String key, int position, String text, String type) {
    }

    /** {@code value}: true/false for YES_NO, a number 0..100 for PERCENT, a whole number 1..10 for SCALE_1_10, text for FREE_TEXT. */
    public record Answer(String itemKey, Object value) {
    }

    /** The whole stage-1 record of a school and year; a new one replaces the old. */
    public record Stage1Request(
            @Size(max = 50, message = "Не больше 50 ответов") List<@NotNull(message = "Пустой ответ") Answer> answers,
            List<String> strengths, List<String> weaknesses, List<String> opportunities, List<String> threats) {

        public Stage1Request {
            answers = answers == null ? List.of() : answers;
            strengths = strengths == null ? List.of() : strengths;
            weaknesses = weaknesses == null ? List.of() : weaknesses;
            opportunities = opportunities == null ? List.of() : opportunities;
            threats = threats == null ? List.of() : threats;
        }

        List<String> of(Quadrant q) {
            return switch (q) {
                case STRENGTHS -> strengths;
                case WEAKNESSES -> weaknesses;
                case OPPORTUNITIES -> opportunities;
                case THREATS -> threats;
            };
        }
    }

    public record Swot(List<String> strengths, List<String> weaknesses, List<String> opportunities, List<String> threats) {

        public List<String> of(Quadrant q) {
            return switch (q) {
                case STRENGTHS -> strengths;
                case WEAKNESSES -> weaknesses;
                case OPPORTUNITIES -> opportunities;
                case THREATS -> threats;
            };
        }
    }

    public record AnswerView(String itemKey, String text, String type, Object value) {
    }

    /** @param filled whether the school has written its stage-1 record for the year */
    public record SchoolStage1(String schoolCode, String municipalityCode, int programmeYear, boolean filled,
            String updatedBy, Instant updatedAt, List<AnswerView> answers, Swot swot) {
    }

    /**
     * One curator item over the district's schools.
     *
     * @param answered schools that answered it
     * @param yes      schools that answered «да» (yes/no items)
     * @param mean     mean of the numbers (percent and scale items)
     * @param texts    what each school wrote (free-text items)
     */
    public record IndicatorSummary(String itemKey, String text, String type, long answered, Long yes, Double yesPercent,
            Double mean, List<SchoolText> texts) {
    }

    public record SchoolText(String schoolCode, String text) {
    }

    public record QuadrantGroups(Quadrant quadrant, String title, List<SimilarEntries.Group> groups) {
    }

    /** The district view: what the municipality's schools wrote, grouped. */
    public record DistrictStage1(int programmeYear, String municipalityCode, List<String> schoolsReported,
            List<IndicatorSummary> indicators, List<QuadrantGroups> swot) {
    }
}
