package ru.mentoring.registry.own;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeProposalRepository extends JpaRepository<ProgrammeProposal, UUID> {

    List<ProgrammeProposal> findByPairIdOrderByProposedAtAsc(UUID pairId);
}
