package ru.mentoring.registry.pair;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PairHistoryRepository extends JpaRepository<PairHistoryEntry, Long> {

    List<PairHistoryEntry> findByPairIdOrderByAtAscIdAsc(UUID pairId);
}
