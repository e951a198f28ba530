package ru.mentoring.index.cohort;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CohortSchoolRepository extends JpaRepository<CohortSchool, String> {

    List<CohortSchool> findAllByOrderByCode();

    List<CohortSchool> findByMunicipalityCodeOrderByCode(String municipalityCode);
}
