package ru.mentoring.registry.management;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ManagementMemberRepository extends JpaRepository<ManagementMember, UUID> {

    boolean existsByParticipantIdAndRole(UUID participantId, ManagementRole role);
}
