package ru.mentoring.monitoring.answer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * One respondent's filled questionnaire. It belongs to the school that asked (tenant): free-text
 * answers are personal data, and a school administrator's session sees only their own school's.
 */
@Entity
@Table(name = "questionnaire_submission")
public class QuestionnaireSubmission {

    /** The answer to one item; exactly one value is set, by the item's type. */
    @Embeddable
    public static class AnswerValue {

        @Column(name = "item_key", nullable = false)
        private String itemKey;

        @Column(name = "scale_value")
        private Integer scaleValue;

        @Column(name = "yes_no")
        private Boolean yesNo;

        @Column(name = "text_value")
        private String textValue;

        protected AnswerValue() {
        }

        AnswerValue(String itemKey, Integer scaleValue, Boolean yesNo, String textValue) {
            this.itemKey = itemKey;
            this.scaleValue = scaleValue;
            this.yesNo = yesNo;
            this.textValue = textValue;
        }

        public String getItemKey() {
            return itemKey;
        }

        public Integer getScaleValue() {
            return scaleValue;
        }

        public Boolean getYesNo() {
            return yesNo;
        }

        public String getTextValue() {
            return textValue;
        }
    }

    @Id
    private UUID id;

    @TenantId
    @Column(name = "school_code", nullable = false, updatable = false)
    private String schoolCode;

    @Column(name = "respondent_id", nullable = false, updatable = false)
    private UUID respondentId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID roundId;

    @Column(name = "template_id", nullable = false, updatable = false)
    private long templateId;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "answer_value", joinColumns = @JoinColumn(name = "submission_id"))
    private List<AnswerValue> values = new ArrayList<>();

    protected QuestionnaireSubmission() {
    }

    QuestionnaireSubmission(String schoolCode, UUID respondentId, UUID roundId, long templateId, Instant submittedAt) {
        this.id = UUID.randomUUID();
        this.schoolCode = schoolCode;
        this.respondentId = respondentId;
        this.roundId = roundId;
        this.templateId = templateId;
        this.submittedAt = submittedAt;
    }

    void answer(String itemKey, Integer scaleValue, Boolean yesNo, String textValue) {
        values.add(new AnswerValue(itemKey, scaleValue, yesNo, textValue));
    }

    public UUID getId() {
        return id;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public UUID getRespondentId() {
        return respondentId;
    }

    public UUID getRoundId() {
        return roundId;
    }

    public long getTemplateId() {
        return templateId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<AnswerValue> getValues() {
        return values;
    }
}
