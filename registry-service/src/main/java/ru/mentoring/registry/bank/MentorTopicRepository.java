package ru.mentoring.registry.bank;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentorTopicRepository extends JpaRepository<MentorTopic, UUID> {

    List<MentorTopic> findByParticipantIdOrderByCreatedAtAsc(UUID participantId);
}
