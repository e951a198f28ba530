package ru.mentoring.monitoring.round;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant filter confines a school administrator's session to their school; the municipality argument confines a coordinator. */
interface RoundRepository extends JpaRepository<QuestionnaireRound, UUID> {

    @EntityGraph(attributePaths = {"template", "respondents"})
    Optional<QuestionnaireRound> findWithRespondentsById(UUID id);

    @EntityGraph(attributePaths = "template")
    @Query("""
            select r from QuestionnaireRound r
            where (:municipality is null or r.municipalityCode = :municipality)
              and (:school is null or r.schoolCode = :school)
              and (:year is null or r.programmeYear = :year)
            order by r.programmeYear desc, r.opensAt desc""")
    List<QuestionnaireRound> search(String municipality, String school, Integer year);

    @Query("""
            select r.round.id as roundId, count(r) as total, count(r.usedAt) as answered
            from RoundRespondent r where r.round.id in :roundIds group by r.round.id""")
    List<Progress> progressOf(List<UUID> roundIds);

    interface Progress {
        UUID getRoundId();

        long getTotal();

        long getAnswered();
    }
}
