package ru.mentoring.registry.pair;

enum MemberRole {
    /** наставник */
    MENTOR,
    /** наставляемый */
    MENTEE
}
