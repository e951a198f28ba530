package ru.mentoring.registry.consent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsentRepository extends JpaRepository<Consent, UUID> {

    List<Consent> findByParticipantIdOrderByRecordedAtDesc(UUID participantId);

    Optional<Consent> findByParticipantIdAndWithdrawnOnIsNull(UUID participantId);

    /**
     * Of the given people, those with a consent in force on the day. Native on purpose: a pair may
     * cross schools, and the coordinator's check must see every member's consent.
     */
    @Query(value = """
            select distinct participant_id from consent
            where participant_id in (:ids) and withdrawn_on is null and given_on <= :day""", nativeQuery = true)
    List<UUID> withConsentInForce(Collection<UUID> ids, LocalDate day);
}
