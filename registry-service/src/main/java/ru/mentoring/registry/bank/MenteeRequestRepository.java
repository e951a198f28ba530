package ru.mentoring.registry.bank;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MenteeRequestRepository extends JpaRepository<MenteeRequest, UUID> {

    List<MenteeRequest> findByParticipantIdOrderByCreatedAtAsc(UUID participantId);
}
