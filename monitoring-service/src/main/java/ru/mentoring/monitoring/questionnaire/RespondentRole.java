package ru.mentoring.monitoring.questionnaire;

/** наставник, наставляемый: who a questionnaire is meant for. */
public enum RespondentRole {
    MENTOR, MENTEE
}
