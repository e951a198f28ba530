package ru.mentoring.monitoring.questionnaire;

public record TemplateSummary(String code, int version, String title, String subtitle, RespondentRole respondentRole,
        Stage stage, String pairedTemplateCode, int itemCount) {

    static TemplateSummary of(QuestionnaireTemplate t) {
        return new TemplateSummary(t.getCode(), t.getVersion(), t.getTitle(), t.getSubtitle(), t.getRespondentRole(),
                t.getStage(), t.getPairedTemplateCode(), t.getItems().size());
    }
}
