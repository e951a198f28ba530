package ru.mentoring.registry.participant;

import java.util.UUID;

record ParticipantView(UUID id, String schoolCode, String externalKey, ParticipantKind kind, String lastName,
        String firstName, String middleName, String subjects, Integer experienceYears, String qualificationCategory,
        boolean youngSpecialist, Integer grade, boolean inMentorBank, boolean inMenteeBank) {

    static ParticipantView of(Participant p) {
        return new ParticipantView(p.getId(), p.getSchoolCode(), p.getExternalKey(), p.getKind(), p.getLastName(),
                p.getFirstName(), p.getMiddleName(), p.getSubjects(), p.getExperienceYears(), p.getQualificationCategory(),
                p.isYoungSpecialist(), p.getGrade(), p.isMentorBank(), p.isMenteeBank());
    }
}
