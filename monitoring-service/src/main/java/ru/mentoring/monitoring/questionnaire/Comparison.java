package ru.mentoring.monitoring.questionnaire;

/**
 * What an after item and its before partner ({@code pairedItemKey}) measure together. The seed's
 * forms ask most things twice, as an expectation before the programme and as the experience after
 * it: those are a change. Two mentee items ask before how important something is («Насколько Вам
 * важно…») and after how it was: not the same thing, so the before answer is context, never a change.
 */
public enum Comparison {
    /** The same thing before and after (expectation → experience): the dynamics test the change. */
    CHANGE,
    /** Before asks how important it is, after how it was: shown side by side, no change, no test. */
    CONTEXT
}
