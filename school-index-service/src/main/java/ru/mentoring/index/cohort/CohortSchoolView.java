package ru.mentoring.index.cohort;

import java.time.OffsetDateTime;

record CohortSchoolView(String code, String name, String municipalityCode, boolean advancedLevel,
        SchoolSource source, OffsetDateTime updatedAt) {

    static CohortSchoolView of(CohortSchool s) {
        return new CohortSchoolView(s.getCode(), s.getName(), s.getMunicipalityCode(), s.isAdvancedLevel(), s.getSource(),
                s.getUpdatedAt());
    }
}
