package ru.mentoring.monitoring.questionnaire;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One version of a questionnaire. Versions are written by Liquibase and never changed: a new
 * wording is a new version, so the answers of an old round keep the questions they answered.
 */
@Entity
@Immutable
@Table(name = "questionnaire_template")
public class QuestionnaireTemplate {

    @Id
    private Long id;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "subtitle")
    private String subtitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_role", nullable = false)
    private RespondentRole respondentRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false)
    private Stage stage;

    @Column(name = "paired_template_code")
    private String pairedTemplateCode;

    @Column(name = "instruction")
    private String instruction;

    @OneToMany(mappedBy = "template")
    @OrderBy("position")
    private List<QuestionnaireItem> items;

    protected QuestionnaireTemplate() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public RespondentRole getRespondentRole() {
        return respondentRole;
    }

    public Stage getStage() {
        return stage;
    }

    public String getPairedTemplateCode() {
        return pairedTemplateCode;
    }

    public String getInstruction() {
        return instruction;
    }

    public List<QuestionnaireItem> getItems() {
        return items;
    }
}
