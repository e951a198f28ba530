package ru.mentoring.registry.participant;

/** педагог, обучающийся, родитель, представитель организации-партнёра */
public enum ParticipantKind {
    TEACHER, STUDENT, PARENT, PARTNER
}
