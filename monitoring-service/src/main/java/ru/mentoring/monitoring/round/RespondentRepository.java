package ru.mentoring.monitoring.round;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RespondentRepository extends JpaRepository<RoundRespondent, UUID> {

    @Query("""
            select r from RoundRespondent r join fetch r.round o join fetch o.template
            where r.tokenHash = :tokenHash""")
    Optional<RoundRespondent> findByTokenHash(String tokenHash);

    /**
     * Takes the link for one submission. Under concurrent use the second UPDATE waits for the
     * first's row lock, then finds {@code used_at} set and changes nothing: exactly one wins.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update RoundRespondent r set r.usedAt = :now
            where r.id = :id and r.usedAt is null and r.expiresAt > :now""")
    int claim(UUID id, Instant now);
}
