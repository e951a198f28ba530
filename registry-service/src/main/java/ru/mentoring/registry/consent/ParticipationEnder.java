package ru.mentoring.registry.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Ends a person's participation when their consent is withdrawn. Implemented by the pairs (which
 * depend on consents, not the other way round); called in the withdrawal's transaction, so the
 * withdrawal and the ended pairs are stored together or not at all.
 */
public interface ParticipationEnder {

    /** @return the ids of the pairs that ended */
    List<UUID> consentWithdrawn(UUID participantId, LocalDate on);
}
