package ru.mentoring.registry.own;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import ru.mentoring.registry.pair.PairStatus;

interface StageReportRepository extends JpaRepository<StageReport, UUID> {

    List<StageReport> findByPairIdOrderByWrittenAtAsc(UUID pairId);

    Optional<StageReport> findByPairIdAndStage(UUID pairId, PairStatus stage);
}
