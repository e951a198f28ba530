package ru.mentoring.registry.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features ask about consents (pairs: "has everyone consented?"), without changing them. */
@Component
public class ConsentChecks {

    private final ConsentRepository consents;
    private final Clock clock;

    ConsentChecks(ConsentRepository consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    /** Of the given people, those who have no consent in force today. */
    @Transactional(readOnly = true)
    public Set<UUID> withoutConsentInForce(Collection<UUID> participantIds) {
        Set<UUID> missing = new HashSet<>(participantIds);
        if (!participantIds.isEmpty()) {
            consents.withConsentInForce(participantIds, LocalDate.now(clock)).forEach(missing::remove);
        }
        return missing;
    }
}
