package ru.mentoring.registry.recognition;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NominationRepository extends JpaRepository<Nomination, UUID> {
}
