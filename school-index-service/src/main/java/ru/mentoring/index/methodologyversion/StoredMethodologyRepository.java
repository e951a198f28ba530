package ru.mentoring.index.methodologyversion;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredMethodologyRepository extends JpaRepository<StoredMethodology, String> {

    List<StoredMethodology> findAllByOrderByCreatedAtAscVersionAsc();
}
