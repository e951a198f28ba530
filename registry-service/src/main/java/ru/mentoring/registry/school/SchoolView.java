package ru.mentoring.registry.school;

record SchoolView(String code, String fullName, String shortName, SchoolKind kind, boolean advancedLevel,
        boolean rural, String municipalityCode) {

    static SchoolView of(School s) {
        return new SchoolView(s.getCode(), s.getFullName(), s.getShortName(), s.getKind(), s.isAdvancedLevel(), s.isRural(),
                s.getMunicipalityCode());
    }
}
