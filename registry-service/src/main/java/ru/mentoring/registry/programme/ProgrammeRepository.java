package ru.mentoring.registry.programme;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, UUID> {
}
