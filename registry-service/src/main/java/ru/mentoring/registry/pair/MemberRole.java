package ru.mentoring.registry.pair;

public enum MemberRole {
    /** наставник */
    MENTOR,
    /** наставляемый */
    MENTEE
}
