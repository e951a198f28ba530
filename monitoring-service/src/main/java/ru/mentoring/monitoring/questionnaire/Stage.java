package ru.mentoring.monitoring.questionnaire;

/** Before entering the programme, or after it: the two measurements of stage 2 of monitoring. */
public enum Stage {
    BEFORE, AFTER
}
