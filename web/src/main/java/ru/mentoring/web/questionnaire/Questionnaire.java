package ru.mentoring.web.questionnaire;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The questionnaire behind a link, as the monitoring service gives it (its public answer API). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Questionnaire(String templateCode, int templateVersion, String title, String subtitle, String instruction,
        int programmeYear, Instant expiresAt, List<Item> items) {

    public Questionnaire {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** @param type YES_NO, SCALE_1_10, FREQUENCY or FREE_TEXT */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String key, int position, String text, String type, boolean required, List<String> options) {

        public Item {
            options = options == null ? List.of() : List.copyOf(options);
        }

        public boolean scaleItem() {
            return "SCALE_1_10".equals(type);
        }

        public boolean yesNoItem() {
            return "YES_NO".equals(type);
        }

        public boolean choiceItem() {
            return "FREQUENCY".equals(type);
        }

        public boolean textItem() {
            return "FREE_TEXT".equals(type);
        }
    }

    /** What the service is sent: one value per answered item, typed as the item asks. */
    record Answers(List<Answer> answers) {
    }

    record Answer(String itemKey, Object value) {
    }
}
