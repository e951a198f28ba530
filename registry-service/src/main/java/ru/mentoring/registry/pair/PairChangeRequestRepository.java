package ru.mentoring.registry.pair;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PairChangeRequestRepository extends JpaRepository<PairChangeRequest, UUID> {

    List<PairChangeRequest> findByPairIdOrderByRecordedAtAsc(UUID pairId);

    List<PairChangeRequest> findByPairIdAndStatus(UUID pairId, ChangeRequestStatus status);

    boolean existsByPairIdAndKindAndParticipantIdAndStatus(UUID pairId, ChangeRequestKind kind, UUID participantId,
            ChangeRequestStatus status);
}
